import * as fs from 'fs';
import * as path from 'path';
import { TerraformAsset, TerraformStack, Testing } from 'cdktf';
import { IConstruct } from 'constructs';
import { compareVersions, MINIMUM_TERRAFORM_VERSION, TERRAFORM_FEATURE_VERSIONS, TerraformFeature } from '../core/terraform-version';
import { behaviourFileOf, LimitFact, loadProviderBehaviour, ProviderBehaviourFile, ResourceBehaviour, ValueRuleFact } from './provider-behaviour';

/**
 * Which rule a violation breaks:
 * - `read-back`: the provider's Read fills an attribute the configuration neither sets nor ignores (second plan diff);
 * - `replace-trigger`: an attribute Update never sends follows a resource that can be replaced, without
 *   `replace_triggered_by` (the resource keeps pointing at the deleted one);
 * - `request-size`: one resource's configuration is too large for the provider plugin's gRPC messages (plan fails);
 * - `limit`: a value is over a size limit the provider or the cloud API enforces;
 * - `value`: a literal value breaks a rule the provider enforces at validate or create time;
 * - `terraform-version`: `terraform.required_version` is missing or admits a Terraform too old for what the stack uses;
 * - `asset`: a file the configuration reads could not be found, so the size rules could not be checked.
 */
export type BehaviourRule = 'read-back' | 'replace-trigger' | 'request-size' | 'limit' | 'value' | 'terraform-version' | 'asset';

/** One way a synthesized stack would fail its first plan or change on its second, given what the provider does. */
export interface BehaviourViolation {
  /** Terraform address, e.g. `alicloud_oss_bucket.Images_Bucket_297917F6`; `terraform` for the version rule. */
  readonly address: string;
  /** Dotted attribute path inside the resource (`code.zip_file`), empty for the whole resource. */
  readonly path: string;
  /** The rule it breaks (see {@link BehaviourRule}). */
  readonly rule: BehaviourRule;
  /** What is wrong, why, how to fix it, and the provider source of the fact. */
  readonly message: string;
}

export interface BehaviourCheckOptions {
  /**
   * The provider behaviour facts.
   * @default loadProviderBehaviour() (the `schemas/*.behaviour.json` shipped with this library)
   */
  readonly behaviour?: ReadonlyMap<string, ProviderBehaviourFile>;
  /**
   * Directory that relative file paths in the configuration (`filebase64("assets/...")`) are relative to: for a
   * `cdk.tf.json`, its directory `cdktf.out/stacks/<name>`.
   * @default the stack's `TerraformAsset` constructs when a stack or `assets` is given, else unresolved
   */
  readonly stackDir?: string;
  /**
   * A construct (usually the stack) whose `TerraformAsset`s give the source file of each asset path in the JSON.
   * Needed for the JSON of `Testing.synth`, which copies no asset anywhere.
   * @default the stack itself when a `TerraformStack` is checked
   */
  readonly assets?: IConstruct;
  /**
   * How many copies of a resource's configuration one plugin request carries. `PlanResourceChange` for an update
   * sends `prior_state`, `proposed_new_state` and `config` (tfplugin5.3.proto:276-284 at Terraform v1.5.0), and
   * `ApplyResourceChange` sends `prior_state`, `planned_state` and `config` (308-316): an attribute that Read does
   * not clear travels three times.
   * @default 3
   */
  readonly requestCopies?: number;
}

/** Functions and top-level blocks that need a newer Terraform (sources: `TERRAFORM_FEATURE_VERSIONS`). */
const FUNCTIONS: readonly TerraformFeature[] = ['startswith', 'endswith', 'timecmp', 'plantimestamp', 'strcontains'];
const BLOCKS: readonly TerraformFeature[] = ['moved', 'import', 'check', 'removed'];

/**
 * Checks a synthesized stack against what the pinned providers *do* (their behaviour files), where the schema check
 * only proves shape. It reports what would fail the first plan or change on the second:
 *
 * 1. `read-back`: an attribute the provider's Read writes back although it is Optional and not Computed, which the
 *    configuration neither sets (in every instance of its blocks) nor lists in `lifecycle.ignore_changes` (`all`, or
 *    the attribute or a parent block). The next plan would remove what Read found, and the provider's Update may act
 *    on that removal.
 * 2. `replace-trigger`: an attribute in `updateIgnores` (neither ForceNew nor sent by Update) whose value references
 *    another managed resource, without `lifecycle.replace_triggered_by` naming that resource. Any managed resource
 *    can be replaced: a change to one of its ForceNew inputs (a rename of a function or a bucket), `-replace`, a
 *    taint, or its own `replace_triggered_by`. The reference then changes (or becomes unknown), Terraform plans an
 *    in-place update, and the provider's Update never sends the attribute: the resource stays bound to the deleted
 *    object and every plan shows the same diff. This is the Tencent event-invoke config's `function_name` (Update
 *    uses the name in the resource ID) and the COS trigger's `trigger_name` from the bucket (Update does not send it).
 *    A ForceNew input needs no such trigger: its change replaces the resource by itself.
 * 3. `request-size`: a single resource's configuration, with `file("...")` and `filebase64("...")` evaluated by the
 *    files' sizes (4/3 for base64), times `requestCopies`, over the provider plugin's `maxRecvBytes` (the gRPC
 *    server's receive limit: `ResourceExhausted ... received message larger than max`).
 * 4. `limit`: a value over a `limits` entry of the resource (evaluated the same way; a `measure` of `file` or
 *    `fileBase64` sizes the local file the value names, for attributes the provider itself reads and uploads).
 * 5. `value`: a literal value outside a `valueRules` entry (`oneOf`, whole-value `pattern`, `min`/`max`).
 *    Expressions are not evaluated, so their values are not checked.
 * 6. `terraform-version`: a missing `terraform.required_version`, or one whose lowest admitted version is below what
 *    the stack uses (features such as preconditions, `terraform_data` and `endswith`, each resource type's `terraformVersion`, and
 *    `MINIMUM_TERRAFORM_VERSION`); the releases are those of `TERRAFORM_FEATURE_VERSIONS` in lib/core.
 *
 * Resource types without behaviour data are not checked (nothing is reported for them). File paths are resolved
 * through `stackDir`, or the `TerraformAsset`s of `assets` (or of the stack when a stack is passed); a file that
 * cannot be found is reported (`asset`), since the size rules could not be checked.
 */
export function checkStackBehaviour(stack: string | object | TerraformStack, options: BehaviourCheckOptions = {}): BehaviourViolation[] {
  const isStack = stack instanceof TerraformStack;
  const json = isStack ? Testing.synth(stack, true) : stack;
  const tf = (typeof json === 'string' ? JSON.parse(json) : json) as Record<string, any>;
  const behaviour = options.behaviour ?? loadProviderBehaviour();
  const files = new FileSizes(options.stackDir, options.assets ?? (isStack ? stack : undefined));
  const out: BehaviourViolation[] = [];

  const resources = Object.entries<any>(tf.resource ?? {});
  const managed = new Set(resources.flatMap(([type, instances]) => Object.keys(instances ?? {}).map((name) => `${type}.${name}`)));
  for (const [type, instances] of resources) {
    const facts = resourceFacts(behaviour, type);
    if (!facts) continue;
    for (const [name, config] of Object.entries<any>(instances ?? {})) {
      const address = `${type}.${name}`;
      const ctx: ResourceContext = { address, config: config ?? {}, files, out };
      checkReadBack(ctx, facts.resource);
      checkReplaceTriggers(ctx, facts.resource, managed, behaviour, tf);
      checkRequestSize(ctx, facts.file, options.requestCopies ?? 3);
      checkLimits(ctx, facts.resource.limits ?? []);
      checkValueRules(ctx, facts.resource.valueRules ?? []);
    }
  }
  for (const [type, instances] of Object.entries<any>(tf.data ?? {})) {
    const rules = dataSourceRules(behaviour, type);
    if (!rules) continue;
    for (const [name, config] of Object.entries<any>(instances ?? {})) {
      checkValueRules({ address: `data.${type}.${name}`, config: config ?? {}, files, out }, rules);
    }
  }
  checkTerraformVersion(tf, behaviour, out);
  return out;
}

/** Checks a `cdk.tf.json` written by `cdktf synth`, resolving its file paths from the stack directory it is in. */
export function checkSynthesizedStackFile(cdkTfJson: string, options: Omit<BehaviourCheckOptions, 'stackDir'> = {}): BehaviourViolation[] {
  return checkStackBehaviour(fs.readFileSync(cdkTfJson, 'utf8'), { ...options, stackDir: path.dirname(path.resolve(cdkTfJson)) });
}

/** Formats violations one per line, for error messages. */
export function formatBehaviourViolations(violations: readonly BehaviourViolation[]): string {
  return violations.map((v) => `${v.address}${v.path ? ` ${v.path}` : ''} [${v.rule}]: ${v.message}`).join('\n');
}

interface ResourceContext {
  readonly address: string;
  readonly config: Record<string, any>;
  readonly files: FileSizes;
  readonly out: BehaviourViolation[];
}

function resourceFacts(behaviour: ReadonlyMap<string, ProviderBehaviourFile>, type: string): { resource: ResourceBehaviour; file: ProviderBehaviourFile } | undefined {
  const file = behaviourFileOf(behaviour, type);
  return file && { resource: file.resources[type], file };
}

function dataSourceRules(behaviour: ReadonlyMap<string, ProviderBehaviourFile>, type: string): readonly ValueRuleFact[] | undefined {
  for (const file of behaviour.values()) {
    const rules = file.dataSources?.[type]?.valueRules;
    if (rules) return rules;
  }
  return undefined;
}

// ---- rule 1: read-back ----

function checkReadBack(ctx: ResourceContext, facts: ResourceBehaviour): void {
  const ignored = ignoredPaths(ctx.config.lifecycle?.ignore_changes);
  for (const fact of facts.readBack ?? []) {
    if (ignored === 'all' || ignored.some((p) => fact.path === p || fact.path.startsWith(`${p}.`))) continue;
    if (setInEveryBlock(ctx.config, fact.path.split('.'))) continue;
    const writes = fact.value === undefined ? '' : ` (Read writes ${JSON.stringify(fact.value)})`;
    ctx.out.push({ address: ctx.address, path: fact.path, rule: 'read-back', message:
      `is filled by the provider's Read${writes} but neither set nor in lifecycle.ignore_changes: the second plan would ` +
      `remove it. Set it, or add "${fact.path.split('.')[0]}" to lifecycle.ignore_changes.${why(fact.note)} [${fact.source}]` });
  }
}

/**
 * Whether the configuration sets a dotted path in every instance of the blocks on the way: Read fills the attribute
 * in each block that leaves it out, so one such block is enough for a diff. An empty list is no block (and, for a
 * plugin-SDK attribute, the same as unset); an expression or a `dynamic` block stands for a value unknown here.
 */
function setInEveryBlock(node: unknown, segments: readonly string[]): boolean {
  if (isExpression(node)) return true;
  if (Array.isArray(node)) return node.length > 0 && node.every((item) => setInEveryBlock(item, segments));
  if (segments.length === 0) return node !== null && node !== undefined;
  if (node === null || typeof node !== 'object') return false;
  const [head, ...rest] = segments;
  const record = node as Record<string, unknown>;
  if ((record.dynamic as Record<string, unknown> | undefined)?.[head] !== undefined) return true;
  return setInEveryBlock(record[head], rest);
}

/** `ignore_changes` as normalized dotted paths (`code[0].zip_file` and `tags["a"]` lose their indexes), or `all`. */
function ignoredPaths(value: unknown): readonly string[] | 'all' {
  if (value === undefined || value === null) return [];
  const entries = Array.isArray(value) ? value : [value];
  if (entries.some((e) => e === 'all')) return 'all';
  return entries.filter((e): e is string => typeof e === 'string').map((e) =>
    e.replace(/\$\{|\}/g, '').replace(/\[[^\]]*\]/g, '').replace(/\.+/g, '.').replace(/\.$/, ''));
}

// ---- rule 2: replace-trigger ----

function checkReplaceTriggers(ctx: ResourceContext, facts: ResourceBehaviour, managed: ReadonlySet<string>,
  behaviour: ReadonlyMap<string, ProviderBehaviourFile>, tf: Record<string, any>): void {
  const triggers = asList(ctx.config.lifecycle?.replace_triggered_by).filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/\$\{|\}/g, '').trim()); // cdktf writes "${type.name}", HCL-style JSON "type.name"
  for (const fact of facts.updateIgnores ?? []) {
    const refs = new Set<string>();
    for (const value of valuesAt(ctx.config, fact.path).values) {
      for (const ref of resourceReferences(value)) if (managed.has(ref) && ref !== ctx.address) refs.add(ref);
    }
    for (const ref of refs) {
      if (triggers.some((t) => t === ref || t.startsWith(`${ref}.`) || t.startsWith(`${ref}[`))) continue;
      const [type, name] = ref.split('.');
      const forceNew = (resourceFacts(behaviour, type)?.resource.forceNew ?? [])
        .filter((f) => valuesAt(tf.resource[type][name] ?? {}, f.path).set).map((f) => f.path);
      const how = forceNew.length > 0 ? `a change to its ForceNew ${forceNew.join(', ')}, ` : '';
      ctx.out.push({ address: ctx.address, path: fact.path, rule: 'replace-trigger', message:
        `follows ${ref}, but the provider's Update never sends it (not ForceNew): when ${ref} is replaced (${how}-replace ` +
        `or a taint) this resource stays bound to the deleted one. Add "${ref}" to lifecycle.replace_triggered_by.` +
        `${why(fact.note)} [${fact.source}]` });
    }
  }
}

/** `type.name` of every resource a string (or any string inside a value) references in its `${...}` expressions. */
function resourceReferences(value: unknown): string[] {
  const out: string[] = [];
  for (const s of stringsIn(value)) {
    for (const expr of interpolations(s)) {
      for (const m of expr.matchAll(/(^|[^\w.\-"])([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)/g)) {
        if (!['var', 'local', 'module', 'data', 'path', 'terraform', 'each', 'count', 'self'].includes(m[2])) out.push(`${m[2]}.${m[3]}`);
      }
    }
  }
  return out;
}

// ---- rules 3 and 4: sizes ----

function checkRequestSize(ctx: ResourceContext, file: ProviderBehaviourFile, copies: number): void {
  const { maxRecvBytes, source } = file.plugin;
  const { config, files } = ctx;
  const { lifecycle: _l, depends_on: _d, provider: _p, provisioner: _pr, connection: _c, ...arguments_ } = config;
  const size = evaluatedSize(arguments_, files, ctx);
  if (size * copies <= maxRecvBytes) return;
  ctx.out.push({ address: ctx.address, path: '', rule: 'request-size', message:
    `configuration is about ${size} bytes once evaluated; a plan or apply request carries it ${copies} times ` +
    `(${size * copies} bytes), over the ${file.source} plugin's gRPC receive limit of ${maxRecvBytes} bytes: the plan ` +
    `fails with "ResourceExhausted ... received message larger than max". Upload large content (code zips) to object ` +
    `storage and reference it. [${source}]` });
}

function checkLimits(ctx: ResourceContext, limits: readonly LimitFact[]): void {
  for (const fact of limits) {
    for (const value of valuesAt(ctx.config, fact.path).values) {
      const size = limitedSize(fact, value, ctx);
      if (size === undefined || size <= fact.maxBytes) continue;
      ctx.out.push({ address: ctx.address, path: fact.path, rule: 'limit', message:
        `is ${size} bytes once evaluated, over the limit of ${fact.maxBytes} bytes.${why(fact.note)} [${fact.source}]` });
    }
  }
}

function limitedSize(fact: LimitFact, value: unknown, ctx: ResourceContext): number | undefined {
  const measure = fact.measure ?? 'value';
  if (measure === 'value') return evaluatedSize(value, ctx.files, ctx, fact.path);
  if (typeof value !== 'string' || isExpression(value)) return undefined; // a computed path cannot be sized here
  const size = ctx.files.size(value, ctx, fact.path);
  if (size === undefined) return undefined;
  return measure === 'fileBase64' ? base64Length(size) : size;
}

/** Bytes of a value as Terraform sends it, with `file`/`filebase64` of literal paths replaced by the files' sizes. */
function evaluatedSize(value: unknown, files: FileSizes, ctx: ResourceContext, at = ''): number {
  if (typeof value === 'string') {
    let size = Buffer.byteLength(value);
    for (const m of value.matchAll(/\$\{\s*(filebase64|file)\(\s*"((?:[^"\\]|\\.)*)"\s*\)\s*\}/g)) {
      const bytes = files.size(JSON.parse(`"${m[2]}"`), ctx, at);
      if (bytes === undefined) continue;
      size += (m[1] === 'filebase64' ? base64Length(bytes) : bytes) - Buffer.byteLength(m[0]);
    }
    return size;
  }
  if (Array.isArray(value)) return value.reduce((n, v) => n + evaluatedSize(v, files, ctx, at), 0);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).reduce((n, [k, v]) => n + Buffer.byteLength(k) + evaluatedSize(v, files, ctx, at ? `${at}.${k}` : k), 0);
  }
  return value === undefined || value === null ? 0 : Buffer.byteLength(String(value));
}

function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** Sizes of the files the configuration names: from the stack directory, or from the stack's `TerraformAsset`s. */
class FileSizes {
  private readonly assets = new Map<string, string>();
  private readonly reported = new Set<string>();

  constructor(private readonly stackDir: string | undefined, scope: IConstruct | undefined) {
    for (const c of scope?.node.findAll() ?? []) {
      // The asset's source file: cdktf keeps it in the (private) `sourcePath`; Testing.synth copies nothing.
      const source = c instanceof TerraformAsset ? (c as unknown as { sourcePath?: string }).sourcePath : undefined;
      if (source) this.assets.set(path.posix.normalize((c as TerraformAsset).path), source);
    }
  }

  /** Size in bytes of `file`, or undefined (reported once as an `asset` violation) when it cannot be found. */
  size(file: string, ctx: ResourceContext, at: string): number | undefined {
    const candidates = [this.assets.get(path.posix.normalize(file)),
      this.stackDir !== undefined ? path.resolve(this.stackDir, file) : path.isAbsolute(file) ? file : undefined];
    for (const candidate of candidates) {
      if (candidate !== undefined && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return fs.statSync(candidate).size;
    }
    const key = `${ctx.address} ${file}`;
    if (!this.reported.has(key)) {
      this.reported.add(key);
      ctx.out.push({ address: ctx.address, path: at, rule: 'asset', message:
        `reads file "${file}", which was not found${this.stackDir !== undefined ? ` under ${this.stackDir}` : ''}, so its size ` +
        'cannot be checked against the plugin and request limits. Check the stack itself, or pass { stackDir } (the ' +
        'directory of cdk.tf.json) or { assets: stack }.' });
    }
    return undefined;
  }
}

// ---- rule 5: value rules ----

function checkValueRules(ctx: ResourceContext, rules: readonly ValueRuleFact[]): void {
  for (const fact of rules) {
    for (const value of valuesAt(ctx.config, fact.path).values.flatMap((v) => (Array.isArray(v) ? v : [v]))) {
      if (value === null || typeof value === 'object' || isExpression(value)) continue;
      const problem = valueProblem(fact, value as string | number | boolean);
      if (!problem) continue;
      ctx.out.push({ address: ctx.address, path: fact.path, rule: 'value', message:
        `is ${JSON.stringify(value)}, ${problem}.${why(fact.note)} [${fact.source}]` });
    }
  }
}

function valueProblem(fact: ValueRuleFact, value: string | number | boolean): string | undefined {
  if (fact.oneOf && !fact.oneOf.some((allowed) => String(allowed) === String(value))) {
    return `not one of ${fact.oneOf.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (fact.pattern !== undefined && !new RegExp(`^(?:${fact.pattern})$`).test(String(value))) return `which does not match /${fact.pattern}/`;
  const n = typeof value === 'number' ? value : Number(value);
  if (fact.min !== undefined && !(n >= fact.min)) return `below the minimum ${fact.min}`;
  if (fact.max !== undefined && !(n <= fact.max)) return `above the maximum ${fact.max}`;
  return undefined;
}

// ---- rule 6: terraform-version ----

/** What a stack uses that needs a newer Terraform, and the highest of those versions. */
export function requiredTerraformFeatures(stack: string | object, behaviour: ReadonlyMap<string, ProviderBehaviourFile> = loadProviderBehaviour()):
  { readonly version: string; readonly reasons: readonly string[] } {
  const tf = (typeof stack === 'string' ? JSON.parse(stack) : stack) as Record<string, any>;
  const needs: [string, string][] = [];
  for (const [kind, prefix] of [['resource', ''], ['data', 'data.']] as const) {
    for (const [type, instances] of Object.entries<any>(tf[kind] ?? {})) {
      if (kind === 'resource' && type === 'terraform_data') needs.push([TERRAFORM_FEATURE_VERSIONS.terraform_data, 'terraform_data']);
      const version = kind === 'resource' ? resourceFacts(behaviour, type)?.resource.terraformVersion : undefined;
      if (version) needs.push([version, type]);
      for (const [name, config] of Object.entries<any>(instances ?? {})) {
        const lifecycle = config?.lifecycle ?? {};
        for (const key of ['precondition', 'postcondition', 'replace_triggered_by'] as const) {
          if (asList(lifecycle[key]).length > 0) needs.push([TERRAFORM_FEATURE_VERSIONS[key], `${key} on ${prefix}${type}.${name}`]);
        }
      }
    }
  }
  for (const [name, output] of Object.entries<any>(tf.output ?? {})) {
    if (asList(output?.precondition).length > 0) needs.push([TERRAFORM_FEATURE_VERSIONS.precondition, `precondition on output ${name}`]);
  }
  for (const block of BLOCKS) if (tf[block] !== undefined) needs.push([TERRAFORM_FEATURE_VERSIONS[block], `${block} block`]);
  const functions = new Set<TerraformFeature>();
  for (const s of stringsIn(tf)) {
    for (const expr of interpolations(s)) {
      for (const m of expr.matchAll(/\b([a-z]+)\s*\(/g)) if ((FUNCTIONS as readonly string[]).includes(m[1])) functions.add(m[1] as TerraformFeature);
    }
  }
  for (const fn of functions) needs.push([TERRAFORM_FEATURE_VERSIONS[fn], `${fn}()`]);

  const version = needs.reduce((max, [v]) => (compareVersions(v, max) > 0 ? v : max), MINIMUM_TERRAFORM_VERSION);
  return { version, reasons: needs.filter(([v]) => compareVersions(v, version) === 0).map(([, why_]) => why_) };
}

function checkTerraformVersion(tf: Record<string, any>, behaviour: ReadonlyMap<string, ProviderBehaviourFile>, out: BehaviourViolation[]): void {
  const { version, reasons } = requiredTerraformFeatures(tf, behaviour);
  const because = reasons.length > 0 ? ` (${[...new Set(reasons)].slice(0, 3).join(', ')}${reasons.length > 3 ? ', ...' : ''})` : '';
  const declared = tf.terraform?.required_version;
  if (typeof declared !== 'string' || declared.trim() === '') {
    out.push({ address: 'terraform', path: 'required_version', rule: 'terraform-version', message:
      `is not declared; the stack needs Terraform >= ${version}${because}. An older Terraform would fail on it ` +
      `halfway instead of at init. Declare required_version = ">= ${version}" (requireTerraformVersion in lib/core).` });
    return;
  }
  const lowest = lowestAdmitted(declared);
  if (lowest === null) {
    out.push({ address: 'terraform', path: 'required_version', rule: 'terraform-version', message:
      `"${declared}" is not a Terraform version constraint this check understands (e.g. ">= ${version}").` });
  } else if (lowest === undefined || compareVersions(lowest, version) < 0) {
    out.push({ address: 'terraform', path: 'required_version', rule: 'terraform-version', message:
      `"${declared}" admits Terraform ${lowest ?? 'of any version'}${lowest ? ' and later' : ''}, but the stack needs >= ${version}${because}. ` +
      `Declare required_version = ">= ${version}".` });
  }
}

/**
 * The lowest version a Terraform version constraint (`>= 1.2, < 2.0`, `~> 1.4`, `1.5.7`) admits: undefined when it
 * has no lower bound, null when it cannot be parsed. A `> v` bound counts as `v`, since the versions it admits just
 * above `v` are below any release that `v` itself is below.
 */
export function lowestAdmitted(constraint: string): string | undefined | null {
  let lowest: string | undefined;
  for (const part of constraint.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const m = /^(>=|<=|!=|~>|>|<|=)?\s*v?(\d+(?:\.\d+){0,2})(?:-[\w.]+)?$/.exec(part);
    if (!m) return null;
    const [, op = '=', version] = m;
    if (['>=', '>', '=', '~>'].includes(op) && (lowest === undefined || compareVersions(version, lowest) > 0)) lowest = version;
  }
  return lowest;
}

// ---- walking configurations ----

/**
 * The values at a dotted path, through nested blocks (lists of objects) and objects. `set` is true when the path has
 * a value, or when an expression or a `dynamic` block stands in for part of it (its value is unknown here).
 */
function valuesAt(config: unknown, dotted: string): { set: boolean; values: unknown[] } {
  let nodes: unknown[] = [config];
  let opaque = false;
  for (const segment of dotted.split('.')) {
    const next: unknown[] = [];
    for (const node of nodes.flatMap((n) => (Array.isArray(n) ? n : [n]))) {
      if (isExpression(node)) { opaque = true; continue; }
      if (node === null || typeof node !== 'object') continue;
      const record = node as Record<string, any>;
      if (record.dynamic?.[segment] !== undefined) opaque = true;
      if (record[segment] !== undefined && record[segment] !== null) next.push(record[segment]);
    }
    nodes = next;
  }
  return { set: opaque || nodes.length > 0, values: nodes };
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The `${...}` expressions of a Terraform JSON string template (`$${` is a literal `${`). */
function interpolations(s: string): string[] {
  const out: string[] = [];
  for (let i = s.indexOf('${'); i >= 0; i = s.indexOf('${', i + 2)) {
    if (i > 0 && s[i - 1] === '$') continue;
    let depth = 0;
    let quoted = false;
    for (let j = i + 1; j < s.length; j++) {
      const c = s[j];
      if (quoted) { if (c === '\\') j++; else if (c === '"') quoted = false; continue; }
      if (c === '"') quoted = true;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) { out.push(s.slice(i + 2, j)); i = j - 1; break; }
    }
  }
  return out;
}

function isExpression(v: unknown): boolean {
  return typeof v === 'string' && v.includes('${');
}

function asList(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function why(note: string | undefined): string {
  return note ? ` ${note.trim().replace(/([^.])$/, '$1.')}` : '';
}
