/**
 * The company's naming convention: `<company>-<environment>-<region code>-<purpose>`, e.g.
 * `acme-prod-hz-photos`. Every name the stacks choose comes from here, so a new region or environment never
 * collides with an existing one, and a name alone tells where a resource lives.
 */
export interface NamingConvention {
  /** Short company prefix, lower case. */
  readonly company: string;
  /** `dev`, `staging`, `prod`, ... */
  readonly environment: string;
}

/** Short region codes, so names stay within the clouds' length limits. */
const REGION_CODES: Readonly<Record<string, string>> = {
  'cn-hangzhou': 'hz',
  'cn-shanghai': 'sh',
  'ap-southeast-1': 'sg',
  'ap-guangzhou': 'gz',
  'ap-singapore': 'sg',
  'us-south': 'dal',
  'eu-de': 'fra',
};

export function regionCode(region: string): string {
  const code = REGION_CODES[region];
  if (code === undefined) throw new Error(`No short code for region ${region}: add it to REGION_CODES in naming.ts.`);
  return code;
}

/** `<company>-<environment>-<region code>-<purpose>`. */
export function resourceName(naming: NamingConvention, region: string, purpose: string): string {
  return [naming.company, naming.environment, regionCode(region), purpose].join('-');
}

/** The key of a stack's state in its cloud's state bucket: `<environment>/<stack>.tfstate`. */
export function stateKey(naming: NamingConvention, stackId: string): string {
  return `${naming.environment}/${stackId}.tfstate`;
}
