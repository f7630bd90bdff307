import { Testing, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { parseResizeConfig } from '../../functions/resize/src/config-loader';
import { alicloud, ObjectEventKind } from '../../lib';
import { AlicloudProvider } from '../../lib/generated/providers/alicloud/provider';
import { OssBucketServerSideEncryption } from '../../lib/generated/providers/alicloud/oss-bucket-server-side-encryption';
import { alicloudStack, expectConfigError, onlyResource, resourcesOf, synthChecked } from '../helpers';

const { EventedBucket, ResizeFunction, OssEvent } = alicloud;

describe('alicloud.EventedBucket notifications', () => {
  test('several functions on one bucket, disjoint prefixes: one trigger each, each function granted its own prefix', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const thumbs = new ResizeFunction(stack, 'Thumbs', { destinationPrefix: 'thumbs/' });
    const avatars = new ResizeFunction(stack, 'Avatars', { destinationPrefix: 'avatars-out/' });
    bucket.onObjectCreated(thumbs, { prefix: 'uploads/', suffix: '.jpg' });
    bucket.onObjectCreated(thumbs, { prefix: 'uploads/', suffix: '.png' });
    bucket.onObjectCreated(avatars, { prefix: 'avatars/' });
    const json = synthChecked(stack);
    const configs = Object.values(resourcesOf(json, 'alicloud_fcv3_trigger')).map((t: any) => JSON.parse(t.trigger_config).filter.key);
    expect(configs).toEqual(expect.arrayContaining([
      { prefix: 'uploads/', suffix: '.jpg' }, { prefix: 'uploads/', suffix: '.png' }, { prefix: 'avatars/', suffix: '' },
    ]));
    expect(configs).toHaveLength(3);
    const fns = resourcesOf(json, 'alicloud_fcv3_function');
    const thumbsConfig = JSON.parse((Object.entries(fns).find(([k]) => k.startsWith('Thumbs'))![1] as any).environment_variables.RESIZE_CONFIG);
    expect(thumbsConfig.sources).toEqual([
      { bucket: 'photos-bucket-test', prefix: 'uploads/', suffix: '.jpg' },
      { bucket: 'photos-bucket-test', prefix: 'uploads/', suffix: '.png' },
    ]);
  });

  test('Terraform template syntax in a prefix reaches the cloud literally', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    bucket.onObjectCreated(new ResizeFunction(stack, 'Fn'), { prefix: 'in/${var.x}/%{if}/' });
    const json = synthChecked(stack);
    expect(onlyResource(json, 'alicloud_fcv3_trigger').trigger_config).toContain('"prefix":"in/$${var.x}/%%{if}/"');
    expect(onlyResource(json, 'alicloud_fcv3_function').environment_variables.RESIZE_CONFIG).toContain('"prefix":"in/$${var.x}/%%{if}/"');
    const policies = Object.values(resourcesOf(json, 'alicloud_ram_policy')).map((p: any) => p.policy_document).join('\n');
    expect(policies).toContain('photos-bucket-test/in/$${var.x}/%%{if}/*');
  });

  test('output does not depend on the order notifications are added in', () => {
    const build = (reverse: boolean) => {
      const stack = alicloudStack();
      const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
      const fn = new ResizeFunction(stack, 'Thumbs');
      const adds = [() => bucket.onObjectCreated(fn, { prefix: 'a/' }), () => bucket.onObjectCreated(fn, { prefix: 'b/' })];
      (reverse ? adds.reverse() : adds).forEach((add) => add());
      const json = JSON.parse(Testing.synth(stack, true));
      delete json['//'];
      return json;
    };
    expect(build(true)).toEqual(build(false));
  });

  test('native events and removed events are accepted', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const fn = new ResizeFunction(stack, 'Thumbs');
    bucket.addEventNotification(fn, { prefix: 'in/', events: [OssEvent.PUT_OBJECT, OssEvent.APPEND_OBJECT] });
    bucket.onObjectRemoved(fn, { prefix: 'in/' });
    const events = Object.values(resourcesOf(synthChecked(stack), 'alicloud_fcv3_trigger')).map((t: any) => JSON.parse(t.trigger_config).events);
    expect(events).toEqual(expect.arrayContaining([
      ['oss:ObjectCreated:AppendObject', 'oss:ObjectCreated:PutObject'],
      ['oss:ObjectRemoved:DeleteObject', 'oss:ObjectRemoved:DeleteObjects'],
    ]));
  });

  test('overlapping filters for the same event are rejected, naming both notifications', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const a = new ResizeFunction(stack, 'A', { destinationPrefix: 'out-a/' });
    const b = new ResizeFunction(stack, 'B', { destinationPrefix: 'out-b/' });
    bucket.onObjectCreated(a, { prefix: 'uploads/' });
    expectConfigError(() => bucket.onObjectCreated(b, { prefix: 'uploads/2024/', suffix: '.jpg' }),
      /^\[test\/Photos\/Notify-B-[0-9a-f]{8}\/Resource\]/, /overlaps the one of test\/Photos\/Notify-A-[0-9a-f]{8}\/Resource/);
  });

  test('a wildcard event overlaps the specific events it covers', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const a = new ResizeFunction(stack, 'A', { destinationPrefix: 'out-a/' });
    const b = new ResizeFunction(stack, 'B', { destinationPrefix: 'out-b/' });
    bucket.addEventNotification(a, { prefix: 'in/', events: [OssEvent.OBJECT_CREATED_ALL] });
    expectConfigError(() => bucket.addEventNotification(b, { prefix: 'in/', events: [OssEvent.COPY_OBJECT] }), /Photos/, /oss:ObjectCreated:CopyObject/);
  });

  test('the same prefix for different events is allowed', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const fn = new ResizeFunction(stack, 'A');
    bucket.onObjectCreated(fn, { prefix: 'in/' });
    expect(() => bucket.onObjectRemoved(fn, { prefix: 'in/' })).not.toThrow();
  });

  test('an eleventh notification on one bucket is rejected', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const fn = new ResizeFunction(stack, 'A');
    for (let i = 0; i < 10; i++) bucket.onObjectCreated(fn, { prefix: `in${i}/` });
    expectConfigError(() => bucket.onObjectCreated(fn, { prefix: 'in10/' }), /Photos/, /already has 10 notifications; Alibaba Cloud OSS allows at most 10/);
  });

  test('the same notification twice is rejected', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const fn = new ResizeFunction(stack, 'A');
    bucket.onObjectCreated(fn, { prefix: 'in/' });
    expectConfigError(() => bucket.onObjectCreated(fn, { prefix: 'in/' }), 'test/Photos', /added twice/);
  });

  test.each([
    ['a wildcard', { prefix: 'in/*' }, /wildcard/],
    ['a leading slash', { prefix: '/in/' }, /starts with "\/"/],
    ['white space only', { prefix: '  ' }, /only white space/],
    ['a control character', { suffix: '.jp\ng' }, /control character/],
    ['an over-long prefix', { prefix: 'x'.repeat(1024) }, /longer than the 1023 bytes/],
  ])('a filter with %s is rejected', (_what, filter, problem) => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const fn = new ResizeFunction(stack, 'A');
    expectConfigError(() => bucket.onObjectCreated(fn, filter), /^\[test\/Photos\/Notify-A-/, problem);
  });

  test('an unknown native event is rejected with the catalogue', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const fn = new ResizeFunction(stack, 'A');
    expectConfigError(() => bucket.addEventNotification(fn, { events: ['oss:ObjectCreated:Put' as any], prefix: 'in/' }), /Photos/,
      /Unknown Alibaba Cloud OSS event\(s\): oss:ObjectCreated:Put\./);
  });

  test('an invalid bucket name is rejected', () => {
    expectConfigError(() => new EventedBucket(alicloudStack(), 'Photos', { bucketName: 'Photos_Bucket' }), 'test/Photos', /not a valid OSS bucket name/);
  });

  test('a KMS key without KMS encryption is rejected', () => {
    expectConfigError(() => new EventedBucket(alicloudStack(), 'Photos', { bucketName: 'photos-bucket-test', kmsKeyId: 'key-1' }),
      'test/Photos', /kmsKeyId is set but encryption is not KMS/);
  });

  test('KMS encryption and versioning are rendered', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test', encryption: alicloud.BucketEncryption.KMS, kmsKeyId: 'key-1', versioned: true });
    bucket.onObjectCreated(new ResizeFunction(stack, 'A'), { prefix: 'in/' });
    const json = synthChecked(stack);
    expect(json).toHaveResourceWithProperties(OssBucketServerSideEncryption, { bucket: '${alicloud_oss_bucket.Photos_Bucket_7BF27824.bucket}', sse_algorithm: 'KMS', kms_master_key_id: 'key-1' });
    expect(onlyResource(json, 'alicloud_oss_bucket_versioning')).toMatchObject({ status: 'Enabled' });
  });
});

describe('recursion guard', () => {
  test('a trigger on the whole bucket the function writes to is rejected', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const fn = new ResizeFunction(stack, 'A');
    expectConfigError(() => bucket.onObjectCreated(fn), /Photos\/Notify-A/, /writes under "processed\/" in bucket photos-bucket-test, which this notification \(any prefix, any suffix\) watches/);
  });

  test('a trigger prefix inside the output prefix is rejected', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const fn = new ResizeFunction(stack, 'A', { destinationPrefix: 'images/' });
    expectConfigError(() => bucket.onObjectCreated(fn, { prefix: 'images/raw/' }), /Photos/, /every output would trigger the function again/);
  });

  test('an imported bucket with the same name counts as the same bucket', () => {
    const stack = alicloudStack();
    const dest = EventedBucket.fromBucketName(stack, 'Dest', 'shared-bucket-test');
    const again = EventedBucket.fromBucketName(stack, 'Again', 'shared-bucket-test');
    const fn = new ResizeFunction(stack, 'A', { destinationBucket: dest, destinationPrefix: 'out/' });
    expectConfigError(() => again.onObjectCreated(fn, { prefix: 'out/' }), /Again/, /every output would trigger/);
  });

  test('writing to another bucket is fine, and allowRecursion opts out', () => {
    const stack = alicloudStack();
    const source = new EventedBucket(stack, 'Source', { bucketName: 'source-bucket-test' });
    const dest = new EventedBucket(stack, 'Dest', { bucketName: 'dest-bucket-test' });
    const fn = new ResizeFunction(stack, 'A', { destinationBucket: dest });
    source.onObjectCreated(fn);
    const loop = new ResizeFunction(stack, 'Loop');
    dest.onObjectCreated(loop, { prefix: 'processed/x/', allowRecursion: true });
    const json = synthChecked(stack);
    const policies = Object.values(resourcesOf(json, 'alicloud_ram_policy')).map((p: any) => JSON.parse(p.policy_document).Statement.filter((st: any) => st.Action[0].startsWith('oss:')));
    expect(policies).toContainEqual([
      { Effect: 'Allow', Action: ['oss:GetObject'], Resource: ['acs:oss:*:*:source-bucket-test/*'] },
      { Effect: 'Allow', Action: ['oss:GetObject', 'oss:PutObject'], Resource: ['acs:oss:*:*:dest-bucket-test/processed/*'] },
    ]);
  });
});

describe('regions', () => {
  test('a bucket and a function in different literal regions are rejected at synth', () => {
    const stack = alicloudStack('cn-hangzhou');
    const beijing = new AlicloudProvider(stack, 'beijing', { region: 'cn-beijing', alias: 'beijing' });
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test', provider: beijing });
    const fn = new ResizeFunction(stack, 'A');
    expectConfigError(() => bucket.onObjectCreated(fn, { prefix: 'in/' }), /Photos\/Notify-A/,
      /Bucket test\/Photos is in region cn-beijing but function test\/A is in cn-hangzhou/);
  });

  test('an imported bucket in another region is rejected at synth', () => {
    const stack = alicloudStack('cn-hangzhou');
    const bucket = EventedBucket.fromBucketName(stack, 'Old', 'old-bucket-test', { region: 'cn-shanghai' });
    expectConfigError(() => bucket.onObjectCreated(new ResizeFunction(stack, 'A'), { prefix: 'in/' }), /Old/, /in region cn-shanghai/);
  });

  test('a region known only at plan time becomes a lifecycle precondition on the trigger', () => {
    const stack = alicloudStack(null);
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    bucket.onObjectCreated(new ResizeFunction(stack, 'A'), { prefix: 'in/' });
    const json = synthChecked(stack);
    const trigger = onlyResource(json, 'alicloud_fcv3_trigger');
    expect(trigger.lifecycle.precondition).toEqual([{
      condition: expect.stringMatching(/^\$\{\(alicloud_oss_bucket\.Photos_Bucket_[0-9A-F]+\.location == join\("", \["oss-", data\.alicloud_regions\.AlicloudCurrentRegion-alicloud\.regions\[0\]\.id\]\)\)\}$/),
      error_message: expect.stringContaining('must be in the same region'),
    }]);
    expect(trigger.source_arn).toMatch(/^acs:oss:\$\{data\.alicloud_regions\./);
    expect(onlyResource(json, 'alicloud_fcv3_trigger').lifecycle).toBeDefined();
  });

  test('an imported bucket of unknown region gets a warning instead', () => {
    const stack = alicloudStack(null);
    const bucket = EventedBucket.fromBucketName(stack, 'Old', 'old-bucket-test');
    const trigger = bucket.onObjectCreated(new ResizeFunction(stack, 'A'), { prefix: 'in/' });
    const warnings = trigger.node.metadata.filter((m) => /warn/i.test(m.type)).map((m) => m.data);
    expect(warnings).toEqual([expect.stringContaining('region of imported bucket old-bucket-test is unknown')]);
    expect(onlyResource(synthChecked(stack), 'alicloud_fcv3_trigger').lifecycle).toBeUndefined();
  });

  test('with two unaliased providers, a construct must name its provider', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    new AlicloudProvider(stack, 'one', { region: 'cn-hangzhou' });
    new AlicloudProvider(stack, 'two', { region: 'cn-beijing' });
    expectConfigError(() => new EventedBucket(stack, 'Photos'), 'test/Photos', /2 Alibaba Cloud providers/);
  });

  test('a provider inside a construct of the stack is found, and so is one added after other constructs', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const providers = new Construct(stack, 'Providers');
    const hangzhou = new AlicloudProvider(providers, 'hangzhou', { region: 'cn-hangzhou' });
    const first = new EventedBucket(stack, 'First');
    expect(first.placement.provider).toBe(hangzhou);
    // The library's constructs are not searched for providers, but the user's constructs are, whenever they grew.
    new AlicloudProvider(providers, 'beijing', { region: 'cn-beijing' });
    expectConfigError(() => new EventedBucket(stack, 'Second'), 'test/Second', /2 Alibaba Cloud providers/);
    const third = new EventedBucket(stack, 'Third', { provider: hangzhou });
    expect(third.placement.provider).toBe(hangzhou);
  });
});

describe('alicloud.ResizeFunction settings', () => {
  test.each([
    ['memory not a multiple of 64', { memorySize: 1000 }, /memorySize 1000 MB/],
    ['too little memory per vCPU', { memorySize: 512, cpu: 1 }, /0\.50 GB per vCPU; Function Compute requires 1 to 4/],
    ['cpu off the 0.05 grid', { cpu: 0.33 }, /cpu 0\.33/],
    ['a timeout over a day', { timeout: 90000 }, /timeout 90000 s/],
    ['an odd disk size', { diskSize: 2048 as any }, /diskSize 2048/],
    ['too many retries', { retryAttempts: 9 }, /retryAttempts 9/],
    ['an empty destination prefix', { destinationPrefix: '' }, /destinationPrefix is empty/],
    ['no sizes', { sizes: [] }, /sizes is empty/],
    ['a zero width', { sizes: [{ width: 0 }] }, /width 0 is out of range/],
    ['two sizes into one folder', { sizes: [{ width: 64, name: 's' }, { width: 128, name: 's' }] }, /same folder "s"/],
    ['quality over 100', { quality: 101 }, /quality 101/],
    ['a width-only size with a height', { sizes: [{ width: 640, height: 480, widthOnly: true }] }, /widthOnly but also has a height/],
    ['a background that is not a colour', { background: 'white' }, /background "white" is not a colour/],
    ['an unknown animation mode', { animated: 'loop' }, /animated "loop" is unknown/],
    ['a zero byte limit', { maxInputBytes: 0 }, /maxInputBytes 0 is invalid/],
    ['an invalid function name', { functionName: '9lives' }, /not a valid Function Compute function name/],
    ['a reserved environment variable', { environment: { RESIZE_CONFIG: '{}' } }, /set by the construct/],
    ['an invalid environment variable name', { environment: { 'MY-VAR': '1' } }, /name "MY-VAR" is invalid/],
  ])('%s is rejected', (_what, props, problem) => {
    expectConfigError(() => new ResizeFunction(alicloudStack(), 'Fn', props as any), 'test/Fn', problem);
  });

  test('width-only sizes, background and animation reach the runtime configuration', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const fn = new ResizeFunction(stack, 'Fn', { sizes: [{ width: 640, widthOnly: true }, { width: 128 }], background: '#000', animated: 'all-frames', format: 'webp' });
    bucket.onObjectCreated(fn, { prefix: 'in/' });
    const config = JSON.parse(onlyResource(synthChecked(stack), 'alicloud_fcv3_function').environment_variables.RESIZE_CONFIG);
    expect(config.targets).toEqual([{ width: 640, widthOnly: true, name: 'w640' }, { width: 128, height: 128, name: '128x128' }]);
    expect(config).toMatchObject({ background: '#000', animated: 'all-frames', maxInputBytes: 104857600 });
    expect(parseResizeConfig(JSON.stringify(config))).toEqual(config);
  });

  test('several sizes get one folder each', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const fn = new ResizeFunction(stack, 'Fn', { sizes: [{ width: 128 }, { width: 1024, height: 768 }], format: 'webp' });
    bucket.onObjectCreated(fn, { prefix: 'in/' });
    const config = JSON.parse(onlyResource(synthChecked(stack), 'alicloud_fcv3_function').environment_variables.RESIZE_CONFIG);
    expect(config.targets).toEqual([{ width: 128, height: 128, name: '128x128' }, { width: 1024, height: 768, name: '1024x768' }]);
    expect(config.format).toBe('webp');
    expect(parseResizeConfig(JSON.stringify(config))).toEqual(config);
  });

  test('a function bound to a second bucket without a destination is rejected', () => {
    const stack = alicloudStack();
    const fn = new ResizeFunction(stack, 'Fn');
    new EventedBucket(stack, 'One', { bucketName: 'one-bucket-test' }).onObjectCreated(fn, { prefix: 'in/' });
    const two = new EventedBucket(stack, 'Two', { bucketName: 'two-bucket-test' });
    expectConfigError(() => two.onObjectCreated(fn, { prefix: 'in/' }), /Two/, /destination ambiguous/);
  });

  test('a resize function bound to no bucket and given no destination fails at synth', () => {
    const stack = alicloudStack();
    new ResizeFunction(stack, 'Fn');
    expectConfigError(() => Testing.synth(stack, true), /\[test\/Fn\]/, /has no destination: it is bound to no bucket/);
  });

  test('more than 50 triggers on one function are rejected', () => {
    const stack = alicloudStack();
    const dest = new EventedBucket(stack, 'Dest', { bucketName: 'dest-bucket-test' });
    const fn = new ResizeFunction(stack, 'Fn', { destinationBucket: dest });
    const buckets = Array.from({ length: 6 }, (_, b) => new EventedBucket(stack, `S${b}`, { bucketName: `source-${b}-test` }));
    for (let i = 0; i < 50; i++) buckets[Math.floor(i / 10)].onObjectCreated(fn, { prefix: `p${i}/` });
    expectConfigError(() => buckets[5].onObjectCreated(fn, { prefix: 'p50/' }), /S5/, /already has 50 triggers/);
  });

  test('the trigger role and bucket names are lower case and region-salted', () => {
    const a = alicloudStack('cn-hangzhou');
    const b = alicloudStack('cn-beijing');
    const names = [a, b].map((stack) => {
      const bucket = new EventedBucket(stack, 'Photos', { accountId: '1234567890123456' });
      bucket.onObjectCreated(new ResizeFunction(stack, 'Fn'), { prefix: 'in/' });
      return bucket.bucketName;
    });
    expect(names[0]).toMatch(/^test-photos-[0-9a-f]{8}-1234567890123456$/);
    expect(names[0]).not.toEqual(names[1]);
    expect(ObjectEventKind.CREATED).toBe('created');
  });
});
