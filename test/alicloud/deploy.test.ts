import { createHash } from 'crypto';
import * as fs from 'fs';
import { alicloud } from '../../lib';
import { Fcv3Function } from '../../lib/generated/providers/alicloud/fcv3-function';
import { LogStore } from '../../lib/generated/providers/alicloud/log-store';
import { OssBucketObject } from '../../lib/generated/providers/alicloud/oss-bucket-object';
import { AlicloudProvider } from '../../lib/generated/providers/alicloud/provider';
import { alicloudStack, expectConfigError, onlyResource, resourcesOf, synthChecked } from '../helpers';

const { EventedBucket, ResizeFunction, BucketEncryption, FunctionLogStore, crc64Ecma182, crc64Decimal } = alicloud;

describe('CRC-64 as OSS and Function Compute compute it', () => {
  test('matches the CRC-64/XZ check value and the ECMA vectors of Go hash/crc64', () => {
    // RevEng catalogue CRC-64/XZ: check("123456789") = 0x995DC9BBDF1939FA; OSS reports it as a decimal.
    expect(crc64Ecma182(Buffer.from('123456789'))).toBe(0x995dc9bbdf1939fan);
    expect(crc64Decimal(Buffer.from('123456789'))).toBe('11051210869376104954');
    expect(crc64Ecma182(Buffer.alloc(0))).toBe(0n);
    expect(crc64Ecma182(Buffer.from('a'))).toBe(0x330284772e652b05n);
    expect(crc64Ecma182(Buffer.from('abc'))).toBe(0x2cd8094a1a277627n);
  });

  test('agrees with a bit-by-bit reference on a megabyte of varied bytes', () => {
    const data = Buffer.alloc(1 << 20);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7919 + (i >> 8)) & 0xff;
    let crc = 0xffffffffffffffffn;
    for (const byte of data.subarray(0, 4096)) {
      crc ^= BigInt(byte);
      for (let k = 0; k < 8; k++) crc = crc & 1n ? (crc >> 1n) ^ 0xc96c5795d7870f42n : crc >> 1n;
    }
    expect(crc64Ecma182(data.subarray(0, 4096))).toBe(crc ^ 0xffffffffffffffffn);
    expect(crc64Ecma182(data)).not.toBe(crc64Ecma182(data.subarray(1)));
  });
});

describe('code staged in OSS', () => {
  test('the function points at the object with the CRC-64 and the object carries the MD5 of the zip', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const fn = new ResizeFunction(stack, 'Fn');
    bucket.onObjectCreated(fn, { prefix: 'in/' });
    const json = synthChecked(stack);
    const zip = fs.readFileSync(fn.code.package.zipPath);
    expect(fn.stagedCode.checksum).toBe(crc64Decimal(zip));
    expect(json).toHaveResourceWithProperties(OssBucketObject, {
      key: `function-code/${fn.function.functionNameInput}/${fn.code.package.sha256}.zip`,
      source: fn.code.path,
      content_md5: createHash('md5').update(zip).digest('base64'),
      content_type: 'application/zip',
      lifecycle: { create_before_destroy: true },
    });
    expect(json).toHaveResourceWithProperties(Fcv3Function, { code: { checksum: fn.stagedCode.checksum,
      oss_bucket_name: expect.stringMatching(/^\$\{alicloud_oss_bucket_object\.Fn_StagedCode_Object_[0-9A-F]+\.bucket\}$/),
      oss_object_name: expect.stringMatching(/^\$\{alicloud_oss_bucket_object\.Fn_StagedCode_Object_[0-9A-F]+\.key\}$/) } });
    // No inline zip anywhere: the plan request carries a path, never the code.
    expect(json).not.toContain('zip_file');
    expect(json).not.toContain('filebase64');
    // The object is written only once its bucket is private and encrypted.
    expect(onlyResource(json, 'alicloud_oss_bucket_object').depends_on).toEqual(expect.arrayContaining([
      expect.stringMatching(/^alicloud_oss_bucket\.FunctionCodeBucket-alicloud_Bucket_/),
      expect.stringMatching(/^alicloud_oss_bucket_server_side_encryption\.FunctionCodeBucket-alicloud_Encryption_/),
      expect.stringMatching(/^alicloud_oss_bucket_public_access_block\.FunctionCodeBucket-alicloud_PublicAccessBlock_/),
    ]));
  });

  test('functions of one stack and provider share one code bucket; another region gets its own', () => {
    const stack = alicloudStack('cn-hangzhou');
    const beijing = new AlicloudProvider(stack, 'beijing', { region: 'cn-beijing', alias: 'beijing' });
    const here = new EventedBucket(stack, 'Here', { bucketName: 'here-bucket-test' });
    const there = new EventedBucket(stack, 'There', { bucketName: 'there-bucket-test', provider: beijing });
    here.onObjectCreated(new ResizeFunction(stack, 'A'), { prefix: 'a/' });
    here.onObjectCreated(new ResizeFunction(stack, 'B'), { prefix: 'b/' });
    there.onObjectCreated(new ResizeFunction(stack, 'C', { provider: beijing }), { prefix: 'c/' });
    const json = synthChecked(stack);
    const codeBuckets = Object.entries(resourcesOf(json, 'alicloud_oss_bucket')).filter(([name]) => name.startsWith('FunctionCodeBucket'));
    expect(codeBuckets.map(([, b]) => b.provider).sort()).toEqual(['alicloud', 'alicloud.beijing']);
    expect(new Set(codeBuckets.map(([, b]) => b.bucket)).size).toBe(2);
    expect(Object.keys(resourcesOf(json, 'alicloud_oss_bucket_object'))).toHaveLength(3);
  });

  test('a user-supplied bucket is used, and its notifications may not cover the code key', () => {
    const stack = alicloudStack();
    const photos = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const artifacts = new EventedBucket(stack, 'Artifacts', { bucketName: 'artifacts-bucket-test' });
    const fn = new ResizeFunction(stack, 'Fn', { codeBucket: artifacts, codePrefix: 'deploy/' });
    photos.onObjectCreated(fn, { prefix: 'in/' });
    artifacts.onObjectCreated(new ResizeFunction(stack, 'Other', { destinationBucket: photos, destinationPrefix: 'other/' }), { prefix: 'uploads/' });
    const json = synthChecked(stack);
    expect(json).toHaveResourceWithProperties(OssBucketObject, { bucket: 'artifacts-bucket-test', key: expect.stringMatching(/^deploy\/test-fn-[0-9a-f]{8}\/[0-9a-f]{64}\.zip$/) });
  });

  test('a notification added before the function that would fire on its code is rejected', () => {
    const stack = alicloudStack();
    const artifacts = new EventedBucket(stack, 'Artifacts', { bucketName: 'artifacts-bucket-test' });
    const photos = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    artifacts.onObjectCreated(new ResizeFunction(stack, 'Other', { destinationBucket: photos }), { prefix: 'function-code/', suffix: '.zip' });
    expectConfigError(() => new ResizeFunction(stack, 'Fn', { codeBucket: artifacts }), 'test/Fn/StagedCode',
      /code object function-code\/test-fn-[0-9a-f]{8}\/[0-9a-f]{64}\.zip in bucket artifacts-bucket-test falls under the notification test\/Artifacts\/Notify-Other-[0-9a-f]+/);
  });

  test('a notification added after the function that would fire on its code is rejected', () => {
    const stack = alicloudStack();
    const artifacts = new EventedBucket(stack, 'Artifacts', { bucketName: 'artifacts-bucket-test' });
    const photos = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    new ResizeFunction(stack, 'Fn', { codeBucket: artifacts });
    const other = new ResizeFunction(stack, 'Other', { destinationBucket: photos });
    expectConfigError(() => artifacts.onObjectCreated(other), /^\[test\/Artifacts\/Notify-Other-[0-9a-f]+\]/,
      /matches function-code\/test-fn-[0-9a-f]{8}\/[0-9a-f]{64}\.zip, the code object of test\/Fn\/StagedCode/);
    // A prefix that leaves the code out is fine.
    artifacts.onObjectCreated(other, { prefix: 'images/' });
  });

  test('a code bucket in another literal region is rejected', () => {
    const stack = alicloudStack('cn-hangzhou');
    const beijing = new AlicloudProvider(stack, 'beijing', { region: 'cn-beijing', alias: 'beijing' });
    const elsewhere = EventedBucket.fromBucketName(stack, 'Elsewhere', 'elsewhere-bucket-test', { provider: beijing });
    expectConfigError(() => new ResizeFunction(stack, 'Fn', { codeBucket: elsewhere }), 'test/Fn/StagedCode',
      /Bucket test\/Elsewhere is in region cn-beijing but function test\/Fn is in cn-hangzhou/);
  });

  test.each([['a leading slash', '/code/'], ['a control character', 'a\u0007b/'], ['801 bytes', 'x'.repeat(801)]])('a codePrefix with %s is rejected', (_what, codePrefix) => {
    expectConfigError(() => new ResizeFunction(alicloudStack(), 'Fn', { codePrefix }), 'test/Fn/StagedCode', /is not a usable OSS key prefix/);
  });
});

describe('logs', () => {
  test('existing logs are used as given, and no log project is created', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const fn = new ResizeFunction(stack, 'Fn', { logConfig: { project: 'team-logs', logstore: 'fc_logs' } });
    bucket.onObjectCreated(fn, { prefix: 'in/' });
    const json = synthChecked(stack);
    expect(json).toHaveResourceWithProperties(Fcv3Function, { log_config: { project: 'team-logs', logstore: 'fc_logs', log_begin_rule: 'DefaultRegex', enable_request_metrics: true, enable_instance_metrics: true } });
    expect(resourcesOf(json, 'alicloud_log_project')).toEqual({});
    expect(json).toContain('acs:log:*:*:project/team-logs/logstore/fc_logs');
  });

  test('a log store built by the user takes its retention and names', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const logs = new FunctionLogStore(stack, 'Logs', { projectName: 'photos-logs-test', retentionDays: 90 });
    bucket.onObjectCreated(new ResizeFunction(stack, 'Fn', { logConfig: logs.config }), { prefix: 'in/' });
    const json = synthChecked(stack);
    expect(onlyResource(json, 'alicloud_log_project').project_name).toBe('photos-logs-test');
    expect(json).toHaveResourceWithProperties(LogStore, { logstore_name: 'function-logs', retention_period: 90 });
  });

  test('functions of one stack share its default log store', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    bucket.onObjectCreated(new ResizeFunction(stack, 'A'), { prefix: 'a/' });
    bucket.onObjectCreated(new ResizeFunction(stack, 'B'), { prefix: 'b/' });
    const json = synthChecked(stack);
    expect(Object.keys(resourcesOf(json, 'alicloud_log_project'))).toHaveLength(1);
    expect(Object.keys(resourcesOf(json, 'alicloud_log_store'))).toHaveLength(1);
  });

  test.each([
    [{ project: 'Team_Logs', logstore: 'fc-logs' }, /"Team_Logs" is not a valid Simple Log Service project name/],
    [{ project: 'team-logs', logstore: '-fc' }, /"-fc" is not a valid Simple Log Service logstore name/],
  ])('logConfig %j is rejected', (logConfig, problem) => {
    expectConfigError(() => new ResizeFunction(alicloudStack(), 'Fn', { logConfig }), 'test/Fn', problem);
  });

  test.each([0, 3651, 1.5])('retentionDays %p is rejected', (retentionDays) => {
    expectConfigError(() => new FunctionLogStore(alicloudStack(), 'Logs', { retentionDays }), 'test/Logs', /retentionDays .* is out of range/);
  });
});

describe('KMS-encrypted buckets', () => {
  const statements = (json: string) => Object.values(resourcesOf(json, 'alicloud_ram_policy'))
    .map((p: any) => JSON.parse(p.policy_document).Statement)
    .find((s: any[]) => s.some((st) => st.Action.includes('oss:PutObject')));

  test('with a given key, the role may decrypt what it reads and generate data keys for what it writes', () => {
    const stack = alicloudStack();
    const source = new EventedBucket(stack, 'Source', { bucketName: 'source-bucket-test', encryption: BucketEncryption.KMS, kmsKeyId: 'key-src' });
    const dest = new EventedBucket(stack, 'Dest', { bucketName: 'dest-bucket-test', encryption: BucketEncryption.KMS, kmsKeyId: 'acs:kms:cn-hangzhou:123:key/key-dst' });
    source.onObjectCreated(new ResizeFunction(stack, 'Fn', { destinationBucket: dest }), { prefix: 'in/' });
    const kms = statements(synthChecked(stack)).filter((st: any) => st.Action[0].startsWith('kms:'));
    expect(kms).toEqual([
      { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: [expect.stringMatching(/^acs:kms:cn-hangzhou:\$\{data\.alicloud_account\.[^}]+\.id\}:key\/key-src$/)] },
      { Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: ['acs:kms:cn-hangzhou:123:key/key-dst'] },
    ]);
  });

  test('with the default OSS key, the account\'s keys in the region; an imported KMS bucket is declared', () => {
    const stack = alicloudStack();
    const bucket = EventedBucket.fromBucketName(stack, 'Photos', 'photos-bucket-test', { region: 'cn-hangzhou', accountId: '123', encryption: BucketEncryption.KMS });
    bucket.onObjectCreated(new ResizeFunction(stack, 'Fn'), { prefix: 'in/' });
    const kms = statements(synthChecked(stack)).filter((st: any) => st.Action[0].startsWith('kms:'));
    expect(kms).toEqual([{ Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: ['acs:kms:cn-hangzhou:123:key/*'] }]);
  });

  test('the encryption resource ignores the KMS fields it leaves to OSS', () => {
    const stack = alicloudStack();
    new EventedBucket(stack, 'Given', { bucketName: 'given-bucket-test', encryption: BucketEncryption.KMS, kmsKeyId: 'key-1' });
    new EventedBucket(stack, 'OssKey', { bucketName: 'osskey-bucket-test', encryption: BucketEncryption.KMS });
    const sse = Object.values(resourcesOf(synthChecked(stack), 'alicloud_oss_bucket_server_side_encryption'));
    expect(sse.find((r) => r.kms_master_key_id === 'key-1').lifecycle).toEqual({ ignore_changes: ['kms_data_encryption'] });
    expect(sse.find((r) => r.bucket.includes('OssKey')).lifecycle).toEqual({ ignore_changes: ['kms_master_key_id', 'kms_data_encryption'] });
  });

  test('AES256 and SM4 buckets need no KMS rights', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test', encryption: BucketEncryption.SM4 });
    bucket.onObjectCreated(new ResizeFunction(stack, 'Fn'), { prefix: 'in/' });
    expect(JSON.stringify(statements(synthChecked(stack)))).not.toContain('kms:');
  });

  test('an imported bucket with a KMS key but no KMS encryption is rejected', () => {
    expectConfigError(() => EventedBucket.fromBucketName(alicloudStack(), 'Photos', 'photos-bucket-test', { kmsKeyId: 'key-1' }),
      'test/Photos', /kmsKeyId is set but encryption is not KMS/);
  });
});
