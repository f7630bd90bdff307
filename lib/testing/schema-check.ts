import * as fs from 'fs';
import * as path from 'path';
import { schemasDir } from './provider-behaviour';

/** The JSON printed by `terraform providers schema -json` (the parts the check reads). */
export interface ProviderSchemaFile {
  readonly format_version?: string;
  readonly provider_schemas: Record<string, ProviderSchemaEntry>;
}

export interface ProviderSchemaEntry {
  readonly provider?: { readonly block: SchemaBlock };
  readonly resource_schemas?: Record<string, { readonly block: SchemaBlock }>;
  readonly data_source_schemas?: Record<string, { readonly block: SchemaBlock }>;
}

export interface SchemaBlock {
  readonly attributes?: Record<string, SchemaAttribute>;
  readonly block_types?: Record<string, SchemaBlockType>;
}

export interface SchemaAttribute {
  readonly type: CtyType;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
}

export interface SchemaBlockType {
  readonly nesting_mode: 'single' | 'group' | 'list' | 'set' | 'map';
  readonly block: SchemaBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

export type CtyType = string | [string, CtyType] | ['object', Record<string, CtyType>] | ['tuple', CtyType[]];

/** One way a synthesized stack departs from the provider schemas. */
export interface SchemaViolation {
  /** Terraform address, e.g. `alicloud_oss_bucket.Uploads_Bucket_1A2B`. */
  readonly address: string;
  /** Path inside the resource, e.g. `code[0].zip_file`. */
  readonly path: string;
  readonly message: string;
}

/** Resource types built into Terraform itself (not in any provider schema file). */
const BUILTIN_RESOURCES: Record<string, SchemaBlock> = {
  terraform_data: {
    attributes: {
      id: { type: 'string', computed: true },
      input: { type: 'dynamic', optional: true },
      output: { type: 'dynamic', computed: true },
      triggers_replace: { type: 'dynamic', optional: true },
    },
  },
};

/** Meta-arguments Terraform accepts on every resource and data source. */
const META_ARGUMENTS = new Set(['//', 'count', 'depends_on', 'for_each', 'provider', 'lifecycle', 'provisioner', 'connection']);

/** The provider schema files shipped with this library (schemas/*.json). */
export function loadProviderSchemas(dir: string = schemasDir()): ProviderSchemaFile[] {
  return fs.readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'providers.json' && !f.endsWith('.behaviour.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as ProviderSchemaFile);
}

/**
 * Checks a synthesized stack (the JSON of `Testing.synth` or `cdk.tf.json`) against provider schemas: unknown
 * resource and data source types, unknown attributes and blocks, missing required ones, computed-only attributes
 * set, literal values of the wrong type, block item counts. Terraform expressions (`${...}`) are not evaluated.
 */
export function checkStackAgainstSchemas(stack: string | object, schemas: readonly ProviderSchemaFile[] = loadProviderSchemas()): SchemaViolation[] {
  const tf = (typeof stack === 'string' ? JSON.parse(stack) : stack) as Record<string, any>;
  const providers = providerIndex(tf, schemas);
  const out: SchemaViolation[] = [];

  for (const [local, configs] of Object.entries<any>(tf.provider ?? {})) {
    const entry = providers.get(local);
    if (!entry?.provider) {
      out.push({ address: `provider.${local}`, path: '', message: `No schema for provider "${local}": declare it in required_providers, and pass its schema (\`terraform providers schema -json\`) with the others.` });
      continue;
    }
    for (const [i, config] of asArray(configs).entries()) {
      const { alias: _alias, ...rest } = config ?? {};
      checkBlock(entry.provider.block, rest, `provider.${local}[${i}]`, '', out);
    }
  }
  for (const [kind, key] of [['resource', 'resource_schemas'], ['data', 'data_source_schemas']] as const) {
    for (const [type, instances] of Object.entries<any>(tf[kind] ?? {})) {
      const prefix = kind === 'data' ? 'data.' : '';
      const builtin = kind === 'resource' ? BUILTIN_RESOURCES[type] : undefined;
      const local = type.split('_')[0];
      const block = builtin ?? providers.get(local)?.[key]?.[type]?.block;
      for (const [name, config] of Object.entries<any>(instances)) {
        const address = `${prefix}${type}.${name}`;
        if (!block) {
          out.push({ address, path: '', message: providers.has(local)
            ? `Unknown ${kind === 'data' ? 'data source' : 'resource'} type "${type}" in the "${local}" provider schema: check the ` +
              'name, or whether the type exists at the pinned provider version.'
            : `No provider schema for "${type}" (provider "${local}"): pass its schema (\`terraform providers schema -json\`) ` +
              'with the others, e.g. checkStackAgainstSchemas(stack, [...loadProviderSchemas(), schema]).' });
          continue;
        }
        const { ...rest } = config;
        for (const meta of META_ARGUMENTS) delete rest[meta];
        checkBlock(block, rest, address, '', out);
      }
    }
  }
  return out;
}

/** Formats violations one per line, for error messages. */
export function formatViolations(violations: readonly SchemaViolation[]): string {
  return violations.map((v) => `${v.address}${v.path ? ` ${v.path}` : ''}: ${v.message}`).join('\n');
}

function providerIndex(tf: Record<string, any>, schemas: readonly ProviderSchemaFile[]): Map<string, ProviderSchemaEntry> {
  const byAddress = new Map<string, ProviderSchemaEntry>();
  for (const file of schemas) {
    for (const [address, entry] of Object.entries(file.provider_schemas)) byAddress.set(normalizeSource(address), entry);
  }
  const index = new Map<string, ProviderSchemaEntry>();
  const required: Record<string, any> = tf.terraform?.required_providers ?? {};
  const locals = new Set([...Object.keys(required), ...Object.keys(tf.provider ?? {})]);
  for (const kind of ['resource', 'data']) for (const type of Object.keys(tf[kind] ?? {})) locals.add(type.split('_')[0]);
  for (const local of locals) {
    const source = typeof required[local] === 'string' ? required[local] : required[local]?.source;
    const entry = byAddress.get(normalizeSource(source ?? `hashicorp/${local}`));
    if (entry) index.set(local, entry);
  }
  return index;
}

function normalizeSource(source: string): string {
  const parts = source.toLowerCase().split('/');
  return (parts.length === 2 ? ['registry.terraform.io', ...parts] : parts).join('/');
}

function asArray(v: unknown): any[] {
  return Array.isArray(v) ? v : [v];
}

function isExpression(v: unknown): boolean {
  return typeof v === 'string' && v.includes('${');
}

function checkBlock(block: SchemaBlock, config: Record<string, any>, address: string, at: string, out: SchemaViolation[]): void {
  const attrs = block.attributes ?? {};
  const blocks = block.block_types ?? {};
  const join = (k: string) => (at ? `${at}.${k}` : k);
  for (const [key, value] of Object.entries(config)) {
    if (key === 'dynamic') continue; // dynamic blocks are expanded by Terraform from expressions.
    if (attrs[key]) {
      const a = attrs[key];
      if (a.computed && !a.optional && !a.required) {
        out.push({ address, path: join(key), message: 'is computed by the provider and cannot be set: remove it, and read it from the resource instead.' });
      } else if (value !== null) {
        checkValue(a.type, value, address, join(key), out);
      }
    } else if (blocks[key]) {
      if (isExpression(value)) continue;
      const bt = blocks[key];
      const items = bt.nesting_mode === 'map' ? Object.values(value ?? {}) : asArray(value);
      if (bt.min_items !== undefined && items.length < bt.min_items) {
        out.push({ address, path: join(key), message: `needs at least ${bt.min_items} block(s), has ${items.length}.` });
      }
      if (bt.max_items !== undefined && bt.max_items > 0 && items.length > bt.max_items) {
        out.push({ address, path: join(key), message: `allows at most ${bt.max_items} block(s), has ${items.length}.` });
      }
      items.forEach((item, i) => {
        if (item === null || isExpression(item)) return;
        if (typeof item !== 'object' || Array.isArray(item)) {
          out.push({ address, path: `${join(key)}[${i}]`, message: 'must be a block (an object).' });
        } else {
          checkBlock(bt.block, item, address, `${join(key)}[${i}]`, out);
        }
      });
    } else {
      out.push({ address, path: join(key), message: 'is not an argument or block of this type at the pinned provider version: check its spelling and nesting against the provider schema.' });
    }
  }
  for (const [key, a] of Object.entries(attrs)) {
    if (a.required && (config[key] === undefined || config[key] === null)) {
      out.push({ address, path: join(key), message: 'is required but not set.' });
    }
  }
  for (const [key, bt] of Object.entries(blocks)) {
    if ((bt.min_items ?? 0) > 0 && config[key] === undefined && config.dynamic?.[key] === undefined) {
      out.push({ address, path: join(key), message: `is a required block (at least ${bt.min_items}).` });
    }
  }
}

function checkValue(type: CtyType, value: unknown, address: string, at: string, out: SchemaViolation[]): void {
  if (value === null || isExpression(value) || type === 'dynamic') return;
  const bad = (expected: string) => out.push({ address, path: at, message: `must be ${expected}, got ${JSON.stringify(value).slice(0, 60)}.` });
  if (type === 'string') {
    if (typeof value === 'object') bad('a string');
  } else if (type === 'number') {
    if (!(typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))))) bad('a number');
  } else if (type === 'bool') {
    if (!(typeof value === 'boolean' || value === 'true' || value === 'false')) bad('a bool');
  } else if (Array.isArray(type)) {
    const [kind, inner] = type;
    if (kind === 'list' || kind === 'set') {
      if (!Array.isArray(value)) bad(`a ${kind}`);
      else value.forEach((v, i) => checkValue(inner as CtyType, v, address, `${at}[${i}]`, out));
    } else if (kind === 'map') {
      if (typeof value !== 'object' || Array.isArray(value)) bad('a map');
      else Object.entries(value as object).forEach(([k, v]) => checkValue(inner as CtyType, v, address, `${at}.${k}`, out));
    } else if (kind === 'object') {
      if (typeof value !== 'object' || Array.isArray(value)) bad('an object');
      else {
        const fields = inner as Record<string, CtyType>;
        for (const [k, v] of Object.entries(value as object)) {
          if (!(k in fields)) out.push({ address, path: `${at}.${k}`, message: 'is not a field of this object type.' });
          else checkValue(fields[k], v, address, `${at}.${k}`, out);
        }
      }
    }
  }
}
