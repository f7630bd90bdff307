import { IConstruct } from 'constructs';
import { ConfigurationError } from './errors';

/** What a cloud accepts in a function's environment variables. */
export interface EnvironmentRules {
  /** The cloud's name for its functions, for messages. */
  readonly service: string;
  /** Largest total of names and values, in bytes. */
  readonly maxBytes: number;
  /** Name prefixes the platform reserves (e.g. `SCF_` on Tencent). @default none */
  readonly reservedPrefixes?: readonly string[];
}

/** Names the constructs set themselves. */
export function checkEnvironmentNames(scope: IConstruct, env: Readonly<Record<string, string>>, rules: EnvironmentRules, ownNames: readonly string[]): void {
  for (const name of Object.keys(env)) {
    if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name)) {
      throw new ConfigurationError(scope, `Environment variable name ${JSON.stringify(name)} is invalid.`, 'use letters, digits and "_", not starting with a digit.');
    }
    if (ownNames.includes(name)) {
      throw new ConfigurationError(scope, `Environment variable ${name} is set by the construct.`, 'use the construct\'s props instead.');
    }
    const reserved = (rules.reservedPrefixes ?? []).find((p) => name.toUpperCase().startsWith(p));
    if (reserved) {
      throw new ConfigurationError(scope, `Environment variable ${name} starts with ${reserved}, which ${rules.service} reserves.`, 'rename the variable.');
    }
  }
}

/** The total size check, run once every value (lazy ones included) is known. */
export function checkEnvironmentSize(scope: IConstruct, env: Readonly<Record<string, string>>, rules: EnvironmentRules): void {
  const total = Object.entries(env).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
  if (total > rules.maxBytes) {
    throw new ConfigurationError(scope, `The environment variables total ${total} bytes; ${rules.service} allows ${rules.maxBytes}.`,
      'use fewer notifications or sizes per function, or shorter prefixes.');
  }
}
