/**
 * The company's naming convention: `<company>-<environment>-<region code>-<purpose>`, e.g.
 * `acme-prod-hz-photos`. Every name the stacks choose comes from here, so a new region or environment never
 * collides with an existing one, and a name alone tells where a resource lives. The same convention tags every
 * resource (see `tagByConvention`).
 */
import { TerraformStack } from "cdktf";
import { Tags } from "evented-buckets";

/** Who and which environment a name or tag is for. */
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

/**
 * Tags every taggable resource of a stack, on each of the three clouds, with who owns it, its environment and its
 * stack: what the cost reports group by. The `Tags` aspect finds the taggable resources from the provider schemas
 * (Alibaba and Tencent get `{ key = value }`, IBM gets `"key:value"` user tags), so resources added later are
 * tagged too.
 */
export function tagByConvention(stack: TerraformStack, naming: NamingConvention): void {
  Tags.of(stack).add("company", naming.company);
  Tags.of(stack).add("environment", naming.environment);
  Tags.of(stack).add("stack", stack.node.id);
  Tags.of(stack).add("managed-by", "cdktf");
}
