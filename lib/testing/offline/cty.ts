import { decode, encode, ExtData } from '@msgpack/msgpack';

/**
 * Terraform's values as the plugin protocol carries them (cty's msgpack and JSON encodings), decoded into plain
 * JavaScript values driven by the type constraint from the schema: strings, numbers, booleans, arrays (list, set,
 * tuple), objects (map, object), `null`, and two markers: {@link Unknown} for values known only after apply and
 * {@link DynamicValue} for values of the `dynamic` pseudo-type, which carry their own type.
 */
export type CtyType =
  | 'string'
  | 'number'
  | 'bool'
  | 'dynamic'
  | readonly ['list' | 'set' | 'map', CtyType]
  | readonly ['object', Readonly<Record<string, CtyType>>, ...unknown[]]
  | readonly ['tuple', readonly CtyType[]];

/** A value that is known only after apply. Refinements (ext type 12) are read and dropped: ignoring them is safe. */
export class Unknown {
  toJSON(): string {
    return '(known after apply)';
  }
}

/** The one unknown marker: compare with `=== UNKNOWN` or {@link isUnknown}. */
export const UNKNOWN = new Unknown();

/** A value of the `dynamic` pseudo-type, with the concrete type it was sent with. */
export class DynamicValue {
  constructor(readonly type: CtyType, readonly value: CtyValue) {}
}

export type CtyValue = null | string | number | boolean | Unknown | DynamicValue | CtyValue[] | { [key: string]: CtyValue };

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}

export function isObjectValue(value: unknown): value is { [key: string]: CtyValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Unknown) && !(value instanceof DynamicValue);
}

/** cty's unrefined unknown: msgpack fixext1 of extension type 0 (the payload is ignored by readers). */
const UNKNOWN_EXT = new ExtData(0, new Uint8Array([0]));

/** Decodes a msgpack DynamicValue of the given type. Any extension type is an unknown value (the protocol's rule). */
export function decodeMsgpack(bytes: Uint8Array, type: CtyType): CtyValue {
  if (bytes.length === 0) return null;
  return fromWire(decode(bytes), type);
}

/** Encodes a value of the given type as msgpack. */
export function encodeMsgpack(value: CtyValue, type: CtyType): Uint8Array {
  return encode(toWire(value, type));
}

/** Decodes a JSON DynamicValue (or raw state JSON) of the given type; attributes the type does not have are dropped. */
export function decodeJson(json: unknown, type: CtyType): CtyValue {
  if (json === null || json === undefined) return null;
  if (type === 'dynamic') {
    const { type: inner, value } = json as { type: CtyType; value: unknown };
    return new DynamicValue(inner, decodeJson(value, inner));
  }
  if (typeof type === 'string') return primitive(json, type);
  return mapAlong(json, type, decodeJson) as CtyValue;
}

/** A value as Terraform's JSON shape (unknowns as `null`), for messages and behaviour-data comparisons. */
export function toPlainJson(value: CtyValue): unknown {
  if (value instanceof Unknown) return null;
  if (value instanceof DynamicValue) return toPlainJson(value.value);
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (isObjectValue(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlainJson(v)]));
  return value;
}

/** Whether a value holds an unknown anywhere inside it. */
export function containsUnknown(value: CtyValue): boolean {
  if (value instanceof Unknown) return true;
  if (value instanceof DynamicValue) return containsUnknown(value.value);
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (isObjectValue(value)) return Object.values(value).some(containsUnknown);
  return false;
}

/** Deep equality of two decoded values (sets compared in order, as Terraform sends them sorted). */
export function valuesEqual(a: CtyValue, b: CtyValue): boolean {
  if (a instanceof Unknown || b instanceof Unknown) return a === b;
  if (a instanceof DynamicValue || b instanceof DynamicValue) {
    return a instanceof DynamicValue && b instanceof DynamicValue && valuesEqual(a.value, b.value);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => valuesEqual(v, b[i]));
  }
  if (isObjectValue(a) || isObjectValue(b)) {
    if (!isObjectValue(a) || !isObjectValue(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => valuesEqual(a[k] ?? null, b[k] ?? null));
  }
  return a === b;
}

function primitive(raw: unknown, type: 'string' | 'number' | 'bool'): CtyValue {
  if (type === 'number') {
    if (typeof raw === 'bigint') return Number(raw);
    return typeof raw === 'string' ? Number(raw) : (raw as number);
  }
  return raw as string | boolean;
}

function fromWire(raw: unknown, type: CtyType): CtyValue {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof ExtData) return UNKNOWN;
  if (type === 'dynamic') {
    const [typeJson, inner] = raw as [Uint8Array, unknown];
    const innerType = JSON.parse(Buffer.from(typeJson).toString('utf8')) as CtyType;
    return new DynamicValue(innerType, fromWire(inner, innerType));
  }
  if (typeof type === 'string') return primitive(raw, type);
  return mapAlong(raw, type, fromWire) as CtyValue;
}

function toWire(value: CtyValue, type: CtyType): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Unknown) return UNKNOWN_EXT;
  if (type === 'dynamic') {
    if (!(value instanceof DynamicValue)) throw new TypeError('a value of type dynamic must be a DynamicValue');
    return [Buffer.from(JSON.stringify(value.type), 'utf8'), toWire(value.value, value.type)];
  }
  if (value instanceof DynamicValue) return toWire(value.value, type);
  if (typeof type === 'string') {
    if (type === 'number' && typeof value !== 'number') throw new TypeError(`expected a number, got ${JSON.stringify(value)}`);
    if (type === 'string' && typeof value !== 'string') throw new TypeError(`expected a string, got ${JSON.stringify(value)}`);
    if (type === 'bool' && typeof value !== 'boolean') throw new TypeError(`expected a bool, got ${JSON.stringify(value)}`);
    return value;
  }
  return mapAlong(value, type, (item, t) => toWire(item as CtyValue, t));
}

/**
 * Maps each element of a list, set, tuple, map or object along its type: the walk the decoders and the encoder share.
 * An object's attributes are those of its type, missing ones null.
 */
function mapAlong<T>(value: unknown, [kind, arg]: Exclude<CtyType, string>, each: (item: unknown, type: CtyType) => T): T[] | Record<string, T> {
  switch (kind) {
    case 'list':
    case 'set':
      return (value as unknown[]).map((item) => each(item, arg as CtyType));
    case 'tuple':
      return (value as unknown[]).map((item, i) => each(item, (arg as CtyType[])[i]));
    case 'map':
      return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, each(v, arg as CtyType)]));
    case 'object':
      return Object.fromEntries(Object.entries(arg as Record<string, CtyType>).map(([k, t]) => [k, each((value as Record<string, unknown>)[k] ?? null, t)]));
  }
}
