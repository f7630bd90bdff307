import { Token } from 'cdktf';

/** A string known at synth time: not a Terraform reference or other unresolved token. */
export function isLiteral(value: string | undefined): value is string {
  return value !== undefined && !Token.isUnresolved(value);
}
