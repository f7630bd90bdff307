import { createHash } from 'crypto';
import { ProviderBehaviourFile, ResourceBehaviour, ValueRuleFact } from '../provider-behaviour';
import { DATA_SOURCE_RULES, defaultRegion, OFFLINE_ACCOUNT_IDS, RESOURCE_RULES, RuleContext } from './computed-values';
import { CtyType, CtyValue, decodeJson, DynamicValue, isObjectValue, isUnknown, toPlainJson, UNKNOWN, valuesEqual } from './cty';
import { impliedType, JsonBlock, JsonSchema, nestedBlockType, ProviderSchemas } from './schema';

/** One step of an attribute path, as the protocol's `AttributePath.Step`. */
export type PathStep = { readonly attribute_name: string } | { readonly element_key_int: number } | { readonly element_key_string: string };

export interface Diagnostic {
  readonly severity: 'ERROR' | 'WARNING';
  readonly summary: string;
  readonly detail?: string;
  readonly attribute?: { readonly steps: readonly PathStep[] };
}

export interface PlanResult {
  readonly planned: CtyValue;
  readonly requiresReplace: readonly (readonly PathStep[])[];
  readonly diagnostics: readonly Diagnostic[];
}

type Obj = { [key: string]: CtyValue };

/**
 * What the offline provider does with each request, from the provider's schema and its behaviour data: plan computed
 * attributes as unknown on create and keep them on update, replace on a ForceNew change, fill computed values
 * deterministically on apply, write back on read what the real provider's Read writes back, and reject values the
 * provider's rules and request limits would reject. With no behaviour data it models the schema alone.
 */
export class ProviderModel {
  private region: string;

  constructor(readonly schemas: ProviderSchemas, readonly behaviour?: ProviderBehaviourFile) {
    this.region = defaultRegion(schemas.source);
  }

  get accountId(): string {
    return OFFLINE_ACCOUNT_IDS[this.schemas.source] ?? '000000000000';
  }

  resourceSchema(type: string): JsonSchema {
    const schema = this.schemas.resources[type];
    if (!schema) throw new Error(`${this.schemas.source} has no resource type ${type} in its schema file`);
    return schema;
  }

  dataSourceSchema(type: string): JsonSchema {
    const schema = this.schemas.dataSources[type];
    if (!schema) throw new Error(`${this.schemas.source} has no data source ${type} in its schema file`);
    return schema;
  }

  configure(config: CtyValue): Diagnostic[] {
    const region = isObjectValue(config) ? config.region : null;
    if (typeof region === 'string' && region !== '') this.region = region;
    return [];
  }

  validateResource(type: string, config: CtyValue): Diagnostic[] {
    const b = this.resourceBehaviour(type);
    this.resourceSchema(type); // unknown types fail here
    return [...checkValueRules(config, b?.valueRules ?? []), ...this.checkLimits(type, config)];
  }

  validateDataSource(type: string, config: CtyValue): Diagnostic[] {
    const rules = this.behaviour?.dataSources?.[type]?.valueRules ?? [];
    this.dataSourceSchema(type);
    return checkValueRules(config, rules);
  }

  plan(type: string, prior: CtyValue, proposed: CtyValue, config: CtyValue): PlanResult {
    if (proposed === null) return { planned: null, requiresReplace: [], diagnostics: [] }; // destroy
    const block = this.resourceSchema(type).block;
    const planned = markComputedUnknown(block, config, proposed);
    const diagnostics = this.checkLimits(type, planned);
    const requiresReplace: PathStep[][] = [];
    if (prior !== null) {
      for (const fact of this.resourceBehaviour(type)?.forceNew ?? []) {
        requiresReplace.push(...changedPaths(block, prior, planned, fact.path.split('.'), []));
      }
    }
    return { planned, requiresReplace, diagnostics };
  }

  apply(type: string, prior: CtyValue, planned: CtyValue): CtyValue {
    if (planned === null) return null; // destroyed
    const block = this.resourceSchema(type).block;
    const ctx = this.ruleContext(type, planned);
    const rule = RESOURCE_RULES[type]?.(ctx) ?? {};
    let next = fillUnknown(impliedType(block), planned, ctx.seed, [], rule) as Obj;
    // What Update never sends stays as the cloud has it, so the next Read brings the old value back.
    if (isObjectValue(prior)) {
      for (const fact of this.resourceBehaviour(type)?.updateIgnores ?? []) {
        const [top] = fact.path.split('.');
        if (top in prior) next = { ...next, [top]: prior[top] };
      }
    }
    return next;
  }

  read(type: string, state: CtyValue): CtyValue {
    if (!isObjectValue(state)) return state;
    const block = this.resourceSchema(type).block;
    let next: Obj = state;
    for (const fact of this.resourceBehaviour(type)?.readBack ?? []) {
      next = writeBack(block, next, fact.path.split('.'), fact.value, seedOf(type, state)) as Obj;
    }
    return next;
  }

  /** The state of an imported resource before Read: its id, everything else null. */
  importState(type: string, id: string): CtyValue {
    const block = this.resourceSchema(type).block;
    return withNulls(block, { id });
  }

  upgradeState(type: string, rawJson: unknown): CtyValue {
    return decodeJson(rawJson, impliedType(this.resourceSchema(type).block));
  }

  readDataSource(type: string, config: CtyValue): CtyValue {
    const block = this.dataSourceSchema(type).block;
    const ctx = this.ruleContext(type, config);
    const rule = DATA_SOURCE_RULES[type]?.(ctx) ?? {};
    const withComputed = markComputedUnknown(block, config, config);
    return fillUnknown(impliedType(block), withComputed, ctx.seed, [], rule);
  }

  private resourceBehaviour(type: string): ResourceBehaviour | undefined {
    return this.behaviour?.resources[type];
  }

  private ruleContext(type: string, value: CtyValue): RuleContext {
    return { region: this.region, accountId: this.accountId, values: (toPlainJson(value) ?? {}) as Record<string, any>, seed: seedOf(type, value) };
  }

  private checkLimits(type: string, value: CtyValue): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const limit of this.resourceBehaviour(type)?.limits ?? []) {
      for (const found of valuesAt(value, limit.path.split('.'))) {
        if (found === null || isUnknown(found)) continue;
        const size = typeof found === 'string' ? Buffer.byteLength(found) : Buffer.byteLength(JSON.stringify(toPlainJson(found)));
        if (size > limit.maxBytes) {
          out.push({
            severity: 'ERROR',
            summary: `${limit.path} is ${size} bytes, over the provider's limit of ${limit.maxBytes}`,
            detail: `${limit.note ?? ''} (${limit.source})`.trim(),
            attribute: { steps: limit.path.split('.').map((n) => ({ attribute_name: n })) },
          });
        }
      }
    }
    return out;
  }
}

/** A stable digest of the known parts of a value, naming the resource type: the seed of every generated value. */
export function seedOf(type: string, value: CtyValue): string {
  return createHash('sha256').update(type).update(JSON.stringify(toPlainJson(value))).digest('hex');
}

/** Computed attributes the configuration leaves null (and the plan has not kept from the prior state) become unknown. */
function markComputedUnknown(block: JsonBlock, config: CtyValue, planned: CtyValue): CtyValue {
  if (!isObjectValue(planned)) return planned;
  const cfg = isObjectValue(config) ? config : {};
  const out: Obj = { ...planned };
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    if (attr.computed && (cfg[name] ?? null) === null && (out[name] ?? null) === null) out[name] = UNKNOWN;
  }
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    const value = out[name] ?? null;
    const cfgValue = cfg[name] ?? null;
    if (Array.isArray(value)) {
      out[name] = value.map((item, i) => markComputedUnknown(nested.block, Array.isArray(cfgValue) ? cfgValue[i] ?? null : null, item));
    } else if (isObjectValue(value) && nested.nesting_mode !== 'map') {
      out[name] = markComputedUnknown(nested.block, cfgValue, value);
    }
  }
  return out;
}

/** Replaces every unknown with a deterministic value of its type (a rule's value first, for top-level attributes). */
function fillUnknown(type: CtyType, value: CtyValue, seed: string, path: string[], rule: Record<string, CtyValue> = {}): CtyValue {
  if (isUnknown(value)) return generate(type, seed, path);
  if (value === null || typeof type === 'string') return value;
  const [kind, arg] = type;
  if (kind === 'object' && isObjectValue(value)) {
    const out: Obj = {};
    for (const [name, t] of Object.entries(arg as Record<string, CtyType>)) {
      const v = value[name] ?? null;
      out[name] = path.length === 0 && isUnknown(v) && rule[name] !== undefined && rule[name] !== null ? rule[name] : fillUnknown(t, v, seed, [...path, name]);
    }
    return out;
  }
  if ((kind === 'list' || kind === 'set') && Array.isArray(value)) return value.map((v, i) => fillUnknown(arg as CtyType, v, seed, [...path, String(i)]));
  if (kind === 'tuple' && Array.isArray(value)) return value.map((v, i) => fillUnknown((arg as CtyType[])[i], v, seed, [...path, String(i)]));
  if (kind === 'map' && isObjectValue(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillUnknown(arg as CtyType, v, seed, [...path, k])]));
  }
  return value;
}

/** A deterministic, non-null value of a type: what a cloud would have filled in. */
export function generate(type: CtyType, seed: string, path: readonly string[]): CtyValue {
  if (type === 'string') {
    const digest = createHash('sha256').update(seed).update(path.join('.')).digest('hex').slice(0, 12);
    return `${path[path.length - 1] ?? 'value'}-${digest}`;
  }
  if (type === 'number') return 1;
  if (type === 'bool') return false;
  if (type === 'dynamic') return new DynamicValue('string', generate('string', seed, path));
  const [kind, arg] = type;
  if (kind === 'object') {
    return Object.fromEntries(Object.entries(arg as Record<string, CtyType>).map(([k, t]) => [k, generate(t, seed, [...path, k])]));
  }
  if (kind === 'tuple') return (arg as CtyType[]).map((t, i) => generate(t, seed, [...path, String(i)]));
  return kind === 'map' ? {} : [];
}

function withNulls(block: JsonBlock, values: Obj): Obj {
  const out: Obj = {};
  for (const name of Object.keys(block.attributes ?? {})) out[name] = values[name] ?? null;
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    out[name] = nested.nesting_mode === 'list' || nested.nesting_mode === 'set' ? [] : null;
  }
  return out;
}

/** Paths (with list indexes) under a dotted attribute path where prior and planned differ. */
function changedPaths(block: JsonBlock, prior: CtyValue, planned: CtyValue, segs: string[], steps: PathStep[]): PathStep[][] {
  const [head, ...rest] = segs;
  const a = isObjectValue(prior) ? prior[head] ?? null : null;
  const b = isObjectValue(planned) ? planned[head] ?? null : null;
  const here = [...steps, { attribute_name: head }];
  const nested = block.block_types?.[head];
  if (!nested || rest.length === 0 || nested.nesting_mode === 'set' || nested.nesting_mode === 'map') {
    return valuesEqual(a, b) ? [] : [here];
  }
  if (nested.nesting_mode === 'list') {
    const left = Array.isArray(a) ? a : [];
    const right = Array.isArray(b) ? b : [];
    if (isUnknown(b) || left.length !== right.length) return valuesEqual(a, b) ? [] : [here];
    return right.flatMap((item, i) => changedPaths(nested.block, left[i], item, rest, [...here, { element_key_int: i }]));
  }
  return changedPaths(nested.block, a, b, rest, here);
}

/** Every value at a dotted path, through nested blocks and objects (all elements of lists and sets). */
export function valuesAt(value: CtyValue, segs: readonly string[]): CtyValue[] {
  if (segs.length === 0) return [value];
  if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, segs));
  if (!isObjectValue(value)) return [];
  return valuesAt(value[segs[0]] ?? null, segs.slice(1));
}

/** Sets an attribute that Read writes back (when it is null) to the recorded value, or to some value of its type. */
function writeBack(block: JsonBlock, value: CtyValue, segs: string[], recorded: unknown, seed: string): CtyValue {
  if (!isObjectValue(value)) return value;
  const [head, ...rest] = segs;
  const attr = block.attributes?.[head];
  const nested = block.block_types?.[head];
  const current = value[head] ?? null;
  if (rest.length === 0) {
    if (current !== null && !(Array.isArray(current) && current.length === 0)) return value;
    if (attr) return { ...value, [head]: recorded !== undefined ? decodeJson(recorded, attr.type) : generate(attr.type, seed, [head]) };
    if (nested) {
      const type = nestedBlockType(nested);
      if (recorded !== undefined) return { ...value, [head]: decodeJson(recorded, type) };
      const one = generateBlock(nested.block, seed, [head]);
      return { ...value, [head]: nested.nesting_mode === 'list' || nested.nesting_mode === 'set' ? [one] : one };
    }
    return value;
  }
  if (!nested) return value;
  if (Array.isArray(current)) return { ...value, [head]: current.map((item) => writeBack(nested.block, item, rest, recorded, seed)) };
  return { ...value, [head]: writeBack(nested.block, current, rest, recorded, seed) };
}

/** A block with its optional attributes null and its computed ones generated (what a Read of it would return). */
function generateBlock(block: JsonBlock, seed: string, path: string[]): Obj {
  const out = withNulls(block, {});
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    out[name] = attr.computed || attr.required ? generate(attr.type, seed, [...path, name]) : null;
  }
  return out;
}

function checkValueRules(config: CtyValue, rules: readonly ValueRuleFact[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    for (const found of valuesAt(config, rule.path.split('.'))) {
      if (found === null || isUnknown(found)) continue;
      const problem = breaks(rule, found);
      if (problem) {
        out.push({
          severity: 'ERROR',
          summary: `invalid value for ${rule.path}: ${problem}`,
          detail: `${rule.note ?? ''} (${rule.source})`.trim(),
          attribute: { steps: rule.path.split('.').map((n) => ({ attribute_name: n })) },
        });
      }
    }
  }
  return out;
}

function breaks(rule: ValueRuleFact, value: CtyValue): string | undefined {
  if (rule.oneOf && !rule.oneOf.includes(value as string | number | boolean)) {
    return `expected one of ${rule.oneOf.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)}`;
  }
  if (rule.pattern !== undefined && typeof value === 'string' && !new RegExp(`^(?:${rule.pattern})$`).test(value)) {
    return `${JSON.stringify(value)} does not match ${rule.pattern}`;
  }
  if (typeof value === 'number') {
    if (rule.min !== undefined && value < rule.min) return `${value} is below the minimum ${rule.min}`;
    if (rule.max !== undefined && value > rule.max) return `${value} is above the maximum ${rule.max}`;
  }
  return undefined;
}
