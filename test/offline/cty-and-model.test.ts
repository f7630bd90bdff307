import * as path from 'path';
import { encode, ExtData } from '@msgpack/msgpack';
import { decodeMsgpack, DynamicValue, encodeMsgpack, isUnknown, UNKNOWN } from '../../lib/testing/offline/cty';
import { ProviderModel } from '../../lib/testing/offline/model';
import { loadServedSchemas } from '../../lib/testing/offline/schema';
import { loadProviderBehaviour, schemasDir } from '../../lib/testing/provider-behaviour';
import { FIXTURES } from './helpers';

describe('cty msgpack codec', () => {
  const type = ['object', { name: 'string', size: 'number', tags: ['set', 'string'], extra: 'dynamic' }] as const;

  test('round-trips known values, nulls and unknowns (ext type 0, as cty writes them)', () => {
    const value = { name: 'a', size: 1.5, tags: ['x'], extra: null };
    expect(decodeMsgpack(encodeMsgpack(value, type), type)).toEqual(value);
    const bytes = encodeMsgpack({ name: UNKNOWN, size: null, tags: null, extra: null }, type);
    expect(Buffer.from(bytes).includes(Buffer.from([0xd4, 0x00, 0x00]))).toBe(true);
    expect(isUnknown((decodeMsgpack(bytes, type) as any).name)).toBe(true);
  });

  test('reads refined unknowns (ext type 12) as unknown and dynamic values with their type', () => {
    const refined = encode({ name: new ExtData(12, encode({ 1: false })), size: 2, tags: [], extra: [Buffer.from('"string"'), 'hi'] });
    const decoded = decodeMsgpack(refined, type) as any;
    expect(isUnknown(decoded.name)).toBe(true);
    expect(decoded.extra).toEqual(new DynamicValue('string', 'hi'));
    expect(decodeMsgpack(encodeMsgpack(decoded, type), type)).toEqual(decoded);
  });

  test('refuses a value of the wrong type', () => {
    expect(() => encodeMsgpack({ name: 3 } as any, type)).toThrow(/expected a string/);
  });
});

describe('provider model', () => {
  const schemas = loadServedSchemas(path.join(schemasDir(), 'alicloud.json'));
  const plain = new ProviderModel(schemas);
  const withBehaviour = new ProviderModel(schemas, loadProviderBehaviour(path.join(FIXTURES, 'read-back')).get('aliyun/alicloud'));
  const config = (bucket: string) => ({ ...Object.fromEntries(Object.keys(schemas.resources.alicloud_oss_bucket.block.attributes ?? {}).map((k) => [k, null])), bucket });

  test('plans computed attributes unknown on create and fills them by rule on apply', () => {
    plain.configure({ region: 'ap-southeast-1' });
    const { planned } = plain.plan('alicloud_oss_bucket', null, config('b'), config('b'));
    expect(isUnknown((planned as any).location)).toBe(true);
    const applied = plain.apply('alicloud_oss_bucket', null, planned) as any;
    expect(applied.location).toBe('oss-ap-southeast-1');
    expect(applied.id).toBe('b');
    expect(plain.apply('alicloud_oss_bucket', null, planned)).toEqual(applied); // deterministic
  });

  test('requires replacement only for ForceNew attributes of the behaviour data', () => {
    const prior = plain.apply('alicloud_oss_bucket', null, plain.plan('alicloud_oss_bucket', null, config('a'), config('a')).planned) as any;
    const proposed = { ...prior, bucket: 'b' };
    expect(plain.plan('alicloud_oss_bucket', prior, proposed, config('b')).requiresReplace).toEqual([]);
    expect(withBehaviour.plan('alicloud_oss_bucket', prior, proposed, config('b')).requiresReplace).toEqual([[{ attribute_name: 'bucket' }]]);
  });

  test('writes back on read what the behaviour data records, only when unset', () => {
    const state = plain.apply('alicloud_oss_bucket', null, plain.plan('alicloud_oss_bucket', null, config('a'), config('a')).planned) as any;
    expect(plain.read('alicloud_oss_bucket', state)).toEqual(state);
    const read = withBehaviour.read('alicloud_oss_bucket', state) as any;
    expect(read.server_side_encryption_rule).toEqual([{ sse_algorithm: 'AES256', kms_master_key_id: null, kms_data_encryption: null }]);
    const set = { ...state, server_side_encryption_rule: [{ sse_algorithm: 'KMS', kms_master_key_id: null, kms_data_encryption: null }] };
    expect((withBehaviour.read('alicloud_oss_bucket', set) as any).server_side_encryption_rule[0].sse_algorithm).toBe('KMS');
  });

  test('answers data sources with typed, deterministic values', () => {
    const account = plain.readDataSource('alicloud_account', { id: null }) as any;
    expect(account.id).toMatch(/^\d{16}$/);
  });

  test('rejects values against the recorded value rules and size limits, and lets unknowns through', () => {
    const ruled = new ProviderModel(schemas, {
      source: 'aliyun/alicloud',
      version: '1.289.0',
      plugin: { protocolVersion: 5, sdk: 'test', maxRecvBytes: 4194304, source: 'test' },
      resources: {
        alicloud_oss_bucket: {
          valueRules: [{ path: 'storage_class', oneOf: ['Standard', 'IA'], source: 'test.go:1' }],
          limits: [{ path: 'policy', maxBytes: 10, source: 'test.go:2' }],
        },
      },
    });
    expect(ruled.validateResource('alicloud_oss_bucket', { ...config('a'), storage_class: 'Standard', policy: 'short' })).toEqual([]);
    const bad = ruled.validateResource('alicloud_oss_bucket', { ...config('a'), storage_class: 'Glacier', policy: 'x'.repeat(11) });
    expect(bad.map((d) => d.summary)).toEqual([
      'invalid value for storage_class: expected one of "Standard", "IA", got "Glacier"',
      "policy is 11 bytes, over the provider's limit of 10",
    ]);
    expect(ruled.validateResource('alicloud_oss_bucket', { ...config('a'), storage_class: UNKNOWN })).toEqual([]);
  });
});
