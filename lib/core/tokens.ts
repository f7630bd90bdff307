import { Token } from 'cdktf';

/** A string known at synth time: not a Terraform reference or other unresolved token. */
export function isLiteral(value: string | undefined): value is string {
  return value !== undefined && !Token.isUnresolved(value);
}

/**
 * Terraform reads `${` and `%{` in every string of the synthesized JSON as template syntax; a prefix such as
 * `in/${x}/` must reach the cloud literally, so they are doubled. cdktf's own token markers are left alone.
 */
export function escapeTerraformTemplate(text: string): string {
  return text.replace(/\$\{(?!TfToken\[)/g, () => '$${').replace(/%\{/g, () => '%%{');
}
