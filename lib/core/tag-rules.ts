import * as fs from 'fs';
import * as path from 'path';
import { libraryRoot } from './package-root';

/** How a resource type takes tags, read from the provider schema files. */
export interface TaggableType {
  /** The provider's short name: `alicloud`, `tencentcloud` or `ibm`. */
  readonly provider: TagProvider;
  /** `map`: `{ key = value }` (Alibaba, Tencent); `set`: `"key:value"` strings (IBM user tags). */
  readonly form: 'map' | 'set';
}

export type TagProvider = 'alicloud' | 'tencentcloud' | 'ibm';

/** One cloud's rules for a tag, checked before anything reaches the cloud. */
export interface TagRules {
  readonly maxKeyLength: number;
  readonly maxValueLength: number;
  /** Most tags one resource may carry, explicit ones included. */
  readonly maxTags: number;
  /** Key prefixes the cloud reserves (case-insensitive). */
  readonly reservedKeyPrefixes: readonly string[];
  /** Characters allowed in a key and a value; `undefined`: any UTF-8. */
  readonly allowed?: RegExp;
  /** Characters allowed in a value, when they differ from a key's. @default `allowed` */
  readonly allowedValue?: RegExp;
  /** For `set` tags: limit on the whole `key:value` string. */
  readonly maxTagLength?: number;
  /** Where the rules come from. */
  readonly source: string;
}

/**
 * Resource types whose schema has a `tags` attribute that the pinned provider never sends to the cloud: tagging them
 * would only write state. Found in the provider source (IBM-Cloud/ibm 2.5.0).
 */
const TAGS_NOT_APPLIED: Readonly<Record<string, string>> = {
  // Declared at resource_ibm_resource_key.go:107; no Create, Read or Update uses it.
  ibm_resource_key: 'ibm/service/resourcecontroller/resource_ibm_resource_key.go:107',
  // Declared at :164; Create and Update send `resource_tags` (flex.SetTags, ibm/flex/structures.go:4551), never `tags`.
  ibm_iam_trusted_profile_policy: 'ibm/service/iampolicy/resource_ibm_iam_trusted_profile_policy.go:164',
  // Declared at :43; Create does not send it and Update is "a dummy update method just for local tags" (:202).
  ibm_cr_namespace: 'ibm/service/registry/resource_ibm_cr_namespace.go:202',
};

/** Rules per cloud, and per resource type where a service is stricter than its cloud's tag service. */
export const TAG_RULES: Readonly<Record<TagProvider, TagRules>> = {
  alicloud: {
    maxKeyLength: 128,
    maxValueLength: 128,
    maxTags: 20,
    // The provider drops keys with these prefixes when it reads tags back (alicloud/tags.go:156, tagIgnored), so they
    // would show a change on every plan; the tag service refuses `acs:` and `aliyun`.
    reservedKeyPrefixes: ['aliyun', 'acs:', 'http://', 'https://', 'sae.do.not.delete'],
    source: 'Alibaba Cloud Tag service limits; alicloud/tags.go:156 (tagIgnored) at 1.289.0',
  },
  tencentcloud: {
    maxKeyLength: 127,
    maxValueLength: 255,
    maxTags: 50,
    reservedKeyPrefixes: ['qcloud', 'tencent', 'project', 'qcs:'],
    allowed: /^[\p{L}\p{N} +\-=._:/@]*$/u,
    source: 'Tencent Cloud Tag and COS bucket tagging limits',
  },
  ibm: {
    maxKeyLength: 127,
    maxValueLength: 127,
    maxTags: 1000,
    reservedKeyPrefixes: [],
    // The key may not hold the colon that ends it; the value may.
    allowed: /^[A-Za-z0-9_ .-]*$/,
    allowedValue: /^[A-Za-z0-9:_ .-]*$/,
    // The provider validates each tag with ^[A-Za-z0-9:_ .-]+$, 1 to 128 characters
    // (resource_ibm_resource_instance.go:395-401); the colon separates key and value.
    maxTagLength: 128,
    source: 'ibm/service/resourcecontroller/resource_ibm_resource_instance.go:395 at 2.5.0',
  },
};

/** Stricter rules of one service: OSS bucket tags (PutBucketTags: key up to 64 bytes). */
const TYPE_RULES: Readonly<Record<string, Partial<TagRules>>> = {
  alicloud_oss_bucket: { maxKeyLength: 64, source: 'OSS PutBucketTags: key up to 64 bytes, value up to 128, 20 tags' },
};

/** The rules for one resource type. */
export function tagRules(type: string, provider: TagProvider): TagRules {
  return { ...TAG_RULES[provider], ...TYPE_RULES[type] };
}

const PROVIDERS: Readonly<Record<string, TagProvider>> = {
  'registry.terraform.io/aliyun/alicloud': 'alicloud',
  'registry.terraform.io/tencentcloudstack/tencentcloud': 'tencentcloud',
  'registry.terraform.io/ibm-cloud/ibm': 'ibm',
};

let taggable: ReadonlyMap<string, TaggableType> | undefined;

/** The schema files ship at the library's root, beside `lib/` in the sources and beside `dist/` when installed. */
const SCHEMAS_DIR = path.join(libraryRoot(), 'schemas');

/**
 * The taggable resource types of the three providers: those whose schema (schemas/<provider>.json) has a `tags`
 * attribute that is a map of strings (Alibaba, Tencent) or a set or list of strings (IBM user tags, `key:value`),
 * less the types whose provider ignores the attribute. IBM's `access_tags` are not user tags (they grant access
 * through IAM policies and must exist in the account first), so they are never set.
 */
export function taggableTypes(dir: string = SCHEMAS_DIR): ReadonlyMap<string, TaggableType> {
  if (taggable && dir === SCHEMAS_DIR) return taggable;
  const found = new Map<string, TaggableType>();
  for (const file of fs.readdirSync(dir).filter((f) => /^[a-z]+\.json$/.test(f) && f !== 'providers.json').sort()) {
    const schema = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as {
      provider_schemas?: Record<string, { resource_schemas?: Record<string, { block: { attributes?: Record<string, { type?: unknown }> } }> }>;
    };
    for (const [address, entry] of Object.entries(schema.provider_schemas ?? {})) {
      const provider = PROVIDERS[address.toLowerCase()];
      if (!provider) continue;
      for (const [type, resource] of Object.entries(entry.resource_schemas ?? {})) {
        const form = tagForm(resource.block.attributes?.tags?.type);
        if (form && !(type in TAGS_NOT_APPLIED)) found.set(type, { provider, form });
      }
    }
  }
  if (dir === SCHEMAS_DIR) taggable = found;
  return found;
}

function tagForm(type: unknown): TaggableType['form'] | undefined {
  if (!Array.isArray(type) || type[1] !== 'string') return undefined;
  if (type[0] === 'map') return 'map';
  if (type[0] === 'set' || type[0] === 'list') return 'set';
  return undefined;
}

/** Why a tag breaks the rules, or `undefined` when it does not. */
export function tagProblem(key: string, value: string, rules: TagRules, form: TaggableType['form']): string | undefined {
  if (key.length === 0) return 'The tag key is empty.';
  if ([...key].length > rules.maxKeyLength) return `The tag key "${key}" is longer than ${rules.maxKeyLength} characters.`;
  if ([...value].length > rules.maxValueLength) return `The value of tag "${key}" is longer than ${rules.maxValueLength} characters.`;
  const reserved = rules.reservedKeyPrefixes.find((p) => key.toLowerCase().startsWith(p));
  if (reserved) return `The tag key "${key}" starts with "${reserved}", which the cloud reserves.`;
  if (rules.allowed && !rules.allowed.test(key)) return `The tag key "${key}" has characters the cloud does not allow (allowed: ${rules.allowed.source}).`;
  const allowedValue = rules.allowedValue ?? rules.allowed;
  if (allowedValue && !allowedValue.test(value)) return `The value of tag "${key}" has characters the cloud does not allow (allowed: ${allowedValue.source}).`;
  if (form === 'set' && rules.maxTagLength !== undefined && setTag(key, value).length > rules.maxTagLength) {
    return `The tag "${setTag(key, value)}" is longer than ${rules.maxTagLength} characters.`;
  }
  return undefined;
}

/** A tag as IBM writes it: `key:value`, or the bare key for an empty value (a label). */
export function setTag(key: string, value: string): string {
  return value === '' ? key : `${key}:${value}`;
}

/** The key of an IBM tag string: up to its first colon. */
export function setTagKey(tag: string): string {
  const colon = tag.indexOf(':');
  return colon < 0 ? tag : tag.slice(0, colon);
}
