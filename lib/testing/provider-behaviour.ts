import * as fs from 'fs';
import * as path from 'path';
import { libraryRoot } from '../core/package-root';

/**
 * What a pinned provider does that its schema does not say, read from its Go source: `schemas/<name>.behaviour.json`
 * next to `schemas/<name>.json`. The schema records shape; this records behaviour (what Read writes back, what
 * forces replacement, what Update never sends, request limits, value rules). The behaviour check and the offline
 * provider both read it, so a fact recorded here is enforced in both places.
 *
 * Attribute paths are dotted through nested blocks and objects, without indexes: `code.oss_bucket_name`,
 * `server_side_encryption_rule`, `link.component_type`.
 */
export interface ProviderBehaviourFile {
  /** Provider source address, as in `schemas/providers.json` (e.g. `aliyun/alicloud`). */
  readonly source: string;
  /** The pinned provider version these facts were read at. */
  readonly version: string;
  /** How Terraform talks to the provider's plugin. */
  readonly plugin: PluginFacts;
  readonly resources: Readonly<Record<string, ResourceBehaviour>>;
  readonly dataSources?: Readonly<Record<string, DataSourceBehaviour>>;
}

export interface PluginFacts {
  /** Terraform plugin protocol major version the provider serves (5 for plugin-SDK v1/v2, 6 for some framework providers). */
  readonly protocolVersion: 5 | 6;
  /** The SDK and its version, e.g. `terraform-plugin-sdk v1.17.2`. */
  readonly sdk: string;
  /** Largest gRPC message the plugin's server accepts, in bytes (4 MiB for go-plugin's default server). */
  readonly maxRecvBytes: number;
  /** Where each fact comes from (file:line in the provider or SDK source). */
  readonly source: string;
}

/** One sourced fact about an attribute. */
export interface AttributeFact {
  /** Dotted attribute path (see the file comment). */
  readonly path: string;
  /** Where it comes from: `alicloud/resource_alicloud_oss_bucket.go:619-633` (provider repo paths at the pinned tag). */
  readonly source: string;
  /** Why it matters, in a sentence. */
  readonly note?: string;
}

/** An optional, non-computed attribute that Read fills from the cloud even when the configuration leaves it unset. */
export interface ReadBackFact extends AttributeFact {
  /**
   * What Read writes when the configuration leaves it unset: a JSON value in Terraform's JSON shape (a list of one
   * object for a block of nesting mode list/set). Omitted: some non-null value of the attribute's type.
   */
  readonly value?: unknown;
}

/** A limit on one request or attribute, checked before the request is sent. */
export interface LimitFact extends AttributeFact {
  /** Largest size in bytes of the value (after Terraform evaluates it: `filebase64` of a file is 4/3 its size). */
  readonly maxBytes: number;
  /**
   * What `maxBytes` measures: the evaluated value itself, or, for an attribute whose value is a local file path the
   * provider reads and uploads (Tencent's `zip_file`), the file (`file`) or its base64 encoding (`fileBase64`).
   * @default 'value'
   */
  readonly measure?: 'value' | 'file' | 'fileBase64';
}

/** A rule the pinned provider applies to a value at validate or create time. */
export interface ValueRuleFact extends AttributeFact {
  /** Allowed values (the provider's `validation.StringInSlice` or the like). */
  readonly oneOf?: readonly (string | number | boolean)[];
  /** A regular expression (JavaScript syntax) the whole value must match. */
  readonly pattern?: string;
  /** Inclusive numeric range. */
  readonly min?: number;
  readonly max?: number;
}

export interface ResourceBehaviour {
  /** Attributes Read writes back although they are Optional and not Computed: unset and not ignored, they show a diff. */
  readonly readBack?: readonly ReadBackFact[];
  /** Attributes whose change replaces the resource (ForceNew). */
  readonly forceNew?: readonly AttributeFact[];
  /** Attributes that are neither ForceNew nor sent by Update: a change plans as an update that does nothing. */
  readonly updateIgnores?: readonly AttributeFact[];
  /** Request and attribute size limits. */
  readonly limits?: readonly LimitFact[];
  /** Value rules the provider enforces. */
  readonly valueRules?: readonly ValueRuleFact[];
  /** Lowest Terraform CLI version the library's use of this resource needs (e.g. `terraform_data` needs 1.4). */
  readonly terraformVersion?: string;
}

/** What a provider enforces on a data source's arguments. */
export interface DataSourceBehaviour {
  /** Value rules the provider enforces on the data source's arguments. */
  readonly valueRules?: readonly ValueRuleFact[];
}

/** The directory of the schema files shipped with this library. */
export function schemasDir(): string {
  return path.join(libraryRoot(), 'schemas');
}

/** The provider behaviour files shipped with this library (`schemas/*.behaviour.json`), keyed by provider source. */
export function loadProviderBehaviour(dir: string = schemasDir()): Map<string, ProviderBehaviourFile> {
  const out = new Map<string, ProviderBehaviourFile>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.behaviour.json')).sort()) {
    const data = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as ProviderBehaviourFile;
    out.set(data.source.toLowerCase(), data);
  }
  return out;
}

/** The behaviour recorded for a resource type, from whichever provider file declares it. */
export function resourceBehaviour(files: ReadonlyMap<string, ProviderBehaviourFile>, type: string): ResourceBehaviour | undefined {
  return behaviourFileOf(files, type)?.resources[type];
}

/** The provider behaviour file that declares a resource type, if any does. */
export function behaviourFileOf(files: ReadonlyMap<string, ProviderBehaviourFile>, type: string): ProviderBehaviourFile | undefined {
  for (const file of files.values()) if (file.resources[type]) return file;
  return undefined;
}
