import * as fs from 'fs';
import { CtyType } from './cty';

/** One block of a provider schema as `terraform providers schema -json` writes it (the format of schemas/<provider>.json). */
export interface JsonBlock {
  readonly attributes?: Readonly<Record<string, JsonAttribute>>;
  readonly block_types?: Readonly<Record<string, JsonNestedBlock>>;
  readonly description?: string;
  readonly description_kind?: 'plain' | 'markdown';
  readonly deprecated?: boolean;
}

export interface JsonAttribute {
  readonly type: CtyType;
  readonly description?: string;
  readonly description_kind?: 'plain' | 'markdown';
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
}

export interface JsonNestedBlock {
  readonly nesting_mode: 'single' | 'list' | 'set' | 'map' | 'group';
  readonly block: JsonBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

export interface JsonSchema {
  readonly version: number;
  readonly block: JsonBlock;
}

/** One provider's schemas, read from `schemas/<name>.json`. */
export interface ProviderSchemas {
  /** Provider source address in lower case, e.g. `aliyun/alicloud`. */
  readonly source: string;
  readonly provider: JsonSchema;
  readonly resources: Readonly<Record<string, JsonSchema>>;
  readonly dataSources: Readonly<Record<string, JsonSchema>>;
}

export function loadServedSchemas(file: string): ProviderSchemas {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const [address, schemas] = Object.entries(data.provider_schemas as Record<string, any>)[0];
  return {
    source: address.replace(/^registry\.terraform\.io\//, '').toLowerCase(),
    provider: schemas.provider,
    resources: schemas.resource_schemas ?? {},
    dataSources: schemas.data_source_schemas ?? {},
  };
}

/** The file name of a provider's schema (`alicloud.json`), from schemas/providers.json. */

const NESTING = { single: 1, list: 2, set: 3, map: 4, group: 5 } as const;

/** The protocol's `Schema` message for one schema (field names as in tfplugin5.proto). */
export function toProtoSchema(schema: JsonSchema): object {
  return { version: schema.version ?? 0, block: toProtoBlock(schema.block) };
}

function toProtoBlock(block: JsonBlock): object {
  return {
    version: 0,
    attributes: Object.entries(block.attributes ?? {}).map(([name, a]) => ({
      name,
      type: Buffer.from(JSON.stringify(a.type), 'utf8'),
      description: a.description ?? '',
      required: !!a.required,
      optional: !!a.optional,
      computed: !!a.computed,
      sensitive: !!a.sensitive,
      description_kind: a.description_kind === 'markdown' ? 1 : 0,
      deprecated: !!a.deprecated,
    })),
    block_types: Object.entries(block.block_types ?? {}).map(([name, b]) => ({
      type_name: name,
      block: toProtoBlock(b.block),
      nesting: NESTING[b.nesting_mode],
      min_items: b.min_items ?? 0,
      max_items: b.max_items ?? 0,
    })),
    description: block.description ?? '',
    description_kind: block.description_kind === 'markdown' ? 1 : 0,
    deprecated: !!block.deprecated,
  };
}

/** The object type a block's value has on the wire (nested blocks as lists, sets, maps or single objects). */
export function impliedType(block: JsonBlock): CtyType {
  const attrs: Record<string, CtyType> = {};
  for (const [name, a] of Object.entries(block.attributes ?? {})) attrs[name] = a.type;
  for (const [name, b] of Object.entries(block.block_types ?? {})) attrs[name] = nestedBlockType(b);
  return ['object', attrs];
}

export function nestedBlockType(b: JsonNestedBlock): CtyType {
  const inner = impliedType(b.block);
  switch (b.nesting_mode) {
    case 'list':
      return ['list', inner];
    case 'set':
      return ['set', inner];
    case 'map':
      return ['map', inner];
    default:
      return inner;
  }
}
