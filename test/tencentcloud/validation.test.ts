import { tencentcloud } from '../../lib';
import { TencentcloudProvider } from '../../lib/generated/providers/tencentcloud/provider';
import { COS_BUCKET_URL_REGION, cosTriggerDesc, cosTriggerName, goJson } from '../../lib/tencentcloud';

/** The provider's check of a COS trigger name (resource_tc_scf_trigger.go:19). */
const SCF_COS_TRIGGER_NAME = /^[^.]+\.cos\.[^.]+\.myqcloud\.com$/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
import { expectConfigError, onlyResource, resourcesOf, synthChecked, tencentStack } from '../helpers';

const { EventedBucket, ResizeFunction, CosEvent, TriggerRole } = tencentcloud;
const APPID = '1250000000';

describe('tencentcloud.EventedBucket', () => {
  test('the bucket is <name>-<appid>, with a literal APPID checked at synth', () => {
    const stack = tencentStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos', appId: APPID });
    bucket.onObjectCreated(new ResizeFunction(stack, 'Fn', { appId: APPID }), { prefix: 'in/' });
    expect(onlyResource(synthChecked(stack), 'tencentcloud_cos_bucket').bucket).toBe('photos-1250000000');
  });

  test.each([
    ['upper case', { bucketName: 'Photos' }, /not a valid COS bucket name \(without the "-<appid>" suffix\)/],
    ['too long', { bucketName: 'p'.repeat(50) }, /not a valid COS bucket name/],
    ['an APPID suffix already', { bucketName: 'photos-1250000000' }, /already ends in an APPID/],
    ['a malformed APPID', { bucketName: 'photos', appId: '12345' }, /not a valid APPID/],
    ['a KMS key without KMS', { bucketName: 'photos', kmsKeyId: 'k' }, /kmsKeyId is set but encryption is not KMS/],
  ])('a bucket with %s is rejected', (_what, props, problem) => {
    expectConfigError(() => new EventedBucket(tencentStack(), 'Photos', { appId: APPID, ...props }), 'test/Photos', problem);
  });

  test('a bucket without a key of ours ignores the kms_id Read writes back; one with a key sets it', () => {
    const stack = tencentStack();
    const fn = new ResizeFunction(stack, 'Fn', { appId: APPID, destinationPrefix: 'out/' });
    new EventedBucket(stack, 'Default', { bucketName: 'default', appId: APPID, encryption: tencentcloud.CosEncryption.KMS }).onObjectCreated(fn, { prefix: 'a/' });
    new EventedBucket(stack, 'Keyed', { bucketName: 'keyed', appId: APPID, encryption: tencentcloud.CosEncryption.KMS, kmsKeyId: 'key-1' });
    new EventedBucket(stack, 'Plain', { bucketName: 'plain', appId: APPID });
    const buckets = Object.values<any>(resourcesOf(synthChecked(stack), 'tencentcloud_cos_bucket'));
    const byName = (name: string) => buckets.find((b) => b.bucket === `${name}-${APPID}`);
    expect(byName('default').lifecycle).toEqual({ ignore_changes: ['kms_id'] });
    expect(byName('keyed')).toMatchObject({ kms_id: 'key-1' });
    expect(byName('keyed').lifecycle).toBeUndefined();
    expect(byName('plain').lifecycle).toEqual({ ignore_changes: ['kms_id'] });
  });

  test('an imported bucket needs its region and whole name', () => {
    expectConfigError(() => EventedBucket.fromBucketName(tencentStack(null), 'Old', 'old-1250000000'), 'test/Old', /region of imported bucket old-1250000000 is unknown/);
    expectConfigError(() => EventedBucket.fromBucketName(tencentStack(), 'Old', 'old'), 'test/Old', /not a valid COS bucket name/);
    const stack = tencentStack();
    const old = EventedBucket.fromBucketName(stack, 'Old', 'old-1250000000', { appId: APPID });
    old.onObjectCreated(new ResizeFunction(stack, 'Fn', { appId: APPID }), { prefix: 'in/' });
    expect(onlyResource(synthChecked(stack), 'tencentcloud_scf_trigger').trigger_name).toBe('old-1250000000.cos.ap-guangzhou.myqcloud.com');
  });
});

describe('tencentcloud notifications', () => {
  const setup = () => {
    const stack = tencentStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos', appId: APPID });
    return { stack, bucket, fn: (id: string, props: tencentcloud.ResizeFunctionProps = {}) => new ResizeFunction(stack, id, { appId: APPID, ...props }) };
  };

  test('removed and native events are rendered with their COS names', () => {
    const { stack, bucket, fn } = setup();
    bucket.onObjectRemoved(fn('A'), { prefix: 'a/' });
    bucket.addEventNotification(fn('B', { destinationPrefix: 'out-b/' }), { prefix: 'b/', suffix: '.jpg', event: CosEvent.PUT });
    const descs = Object.values(resourcesOf(synthChecked(stack), 'tencentcloud_scf_trigger')).map((t: any) => t.trigger_desc).sort();
    expect(descs).toEqual([
      '{"event":"cos:ObjectCreated:Put","filter":{"Prefix":"b/","Suffix":".jpg"}}',
      '{"event":"cos:ObjectRemove:*","filter":{"Prefix":"a/"}}',
    ]);
  });

  test('Terraform template syntax in a prefix reaches the cloud literally', () => {
    const { stack, bucket, fn } = setup();
    bucket.onObjectCreated(fn('A'), { prefix: 'in/${x}/' });
    const json = synthChecked(stack);
    expect(onlyResource(json, 'tencentcloud_scf_trigger').trigger_desc).toBe('{"event":"cos:ObjectCreated:*","filter":{"Prefix":"in/$${x}/"}}');
    expect(onlyResource(json, 'tencentcloud_cam_policy').document).toContain('/in/$${x}/*');
    expect(onlyResource(json, 'tencentcloud_scf_function').environment.RESIZE_CONFIG).toContain('"prefix":"in/$${x}/"');
  });

  test('a suffix must start with a dot', () => {
    const { bucket, fn } = setup();
    expectConfigError(() => bucket.onObjectCreated(fn('A'), { prefix: 'in/', suffix: 'jpg' }), /Photos\/Notify-A/, /does not start with "\."/);
  });

  test('a second trigger from one bucket to one function is rejected', () => {
    const { bucket, fn } = setup();
    const a = fn('A');
    bucket.onObjectCreated(a, { prefix: 'in/' });
    expectConfigError(() => bucket.onObjectRemoved(a, { prefix: 'in/' }), /Photos\/Notify-A/, /already has a trigger on this bucket/);
  });

  test('overlapping rules from two functions are rejected', () => {
    const { bucket, fn } = setup();
    bucket.onObjectCreated(fn('A', { destinationPrefix: 'out-a/' }), { prefix: 'in/' });
    expectConfigError(() => bucket.addEventNotification(fn('B', { destinationPrefix: 'out-b/' }), { prefix: 'in/raw/', event: CosEvent.COPY }),
      /Photos\/Notify-B/, /overlaps the one of test\/Photos\/Notify-A-[0-9a-f]{8}\/Resource .* for event\(s\) cos:ObjectCreated:Copy/);
  });

  test('an eleventh rule on a bucket is rejected', () => {
    const { bucket, fn } = setup();
    for (let i = 0; i < 10; i++) bucket.onObjectCreated(fn(`F${i}`, { destinationPrefix: `out${i}/` }), { prefix: `in${i}/` });
    expectConfigError(() => bucket.onObjectCreated(fn('F10', { destinationPrefix: 'out10/' }), { prefix: 'in10/' }), /Photos/, /Tencent Cloud COS allows at most 10/);
  });

  test('an eleventh COS trigger on a function is rejected', () => {
    const stack = tencentStack();
    const dest = new EventedBucket(stack, 'Dest', { bucketName: 'dest', appId: APPID });
    const f = new ResizeFunction(stack, 'Fn', { appId: APPID, destinationBucket: dest });
    const buckets = Array.from({ length: 11 }, (_, i) => new EventedBucket(stack, `B${i}`, { bucketName: `b${i}`, appId: APPID }));
    buckets.slice(0, 10).forEach((b) => b.onObjectCreated(f, { prefix: 'in/' }));
    expectConfigError(() => buckets[10].onObjectCreated(f, { prefix: 'in/' }), /B10/, /already has 10 triggers; SCF allows 10/);
  });

  test('a whole-bucket trigger on the bucket the function writes to is rejected', () => {
    const { bucket, fn } = setup();
    expectConfigError(() => bucket.onObjectCreated(fn('A')), /Photos\/Notify-A/, /every output would trigger the function again/);
  });
});

describe('tencentcloud regions', () => {
  test('literal regions must match', () => {
    const stack = tencentStack('ap-guangzhou');
    const sh = new TencentcloudProvider(stack, 'shanghai', { region: 'ap-shanghai', alias: 'shanghai' });
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos', appId: APPID, provider: sh });
    expectConfigError(() => bucket.onObjectCreated(new ResizeFunction(stack, 'Fn', { appId: APPID }), { prefix: 'in/' }), /Photos\/Notify-Fn/,
      /is in region ap-shanghai but function test\/Fn is in ap-guangzhou/);
  });

  test('a bucket of unknown region under another provider is checked at plan time against the region its URL names', () => {
    const stack = tencentStack('ap-guangzhou');
    const other = new TencentcloudProvider(stack, 'other', { alias: 'other' });
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos', appId: APPID, provider: other });
    bucket.onObjectCreated(new ResizeFunction(stack, 'Fn', { appId: APPID }), { prefix: 'in/' });
    const trigger = onlyResource(synthChecked(stack), 'tencentcloud_scf_trigger');
    const url = /tencentcloud_cos_bucket\.Photos_Bucket_[0-9A-F]+\.cos_bucket_url/.source;
    const region = `try\\(element\\(regex\\("${escapeRegExp(COS_BUCKET_URL_REGION)}", ${url}\\), 0\\), ""\\)`;
    expect(trigger.lifecycle.precondition).toEqual(expect.arrayContaining([
      { condition: expect.stringMatching(new RegExp(`^\\$\\{can\\(regex\\("${escapeRegExp(COS_BUCKET_URL_REGION)}", ${url}\\)\\)\\}$`)), error_message: expect.stringContaining('cos_bucket_url does not name one') },
      { condition: expect.stringMatching(new RegExp(`^\\$\\{\\(${region} == "ap-guangzhou"\\)\\}$`)), error_message: expect.stringContaining('must be in ap-guangzhou') },
    ]));
    // The trigger name is built from the name and that region, never the URL (which may carry a scheme).
    expect(trigger.trigger_name).toMatch(new RegExp(`^\\$\\{tencentcloud_cos_bucket\\.Photos_Bucket_[0-9A-F]+\\.bucket\\}\\.cos\\.\\$\\{${region}\\}\\.myqcloud\\.com$`));
  });

  test.each([
    ['the default endpoint', 'photos-1250000000.cos.ap-guangzhou.myqcloud.com', 'ap-guangzhou'],
    ['a cos_domain of the default form (with a scheme)', 'https://photos-1250000000.cos.ap-shanghai.myqcloud.com', 'ap-shanghai'],
    ['a CDC cluster (cdc_id, or a cos-cdc cos_domain)', 'https://photos-1250000000.cluster-123456.cos-cdc.ap-guangzhou.myqcloud.com', 'ap-guangzhou'],
    ['a trailing slash', 'https://photos-1250000000.cos.ap-beijing.myqcloud.com/', 'ap-beijing'],
  ])('the region rule reads the region from a cos_bucket_url with %s', (_what, url, region) => {
    expect(new RegExp(COS_BUCKET_URL_REGION).exec(url)?.[1]).toBe(region);
    expect(cosTriggerName('photos-1250000000', region)).toMatch(SCF_COS_TRIGGER_NAME);
  });

  test.each([
    ['a custom domain without the region', 'https://photos-1250000000.files.example.com'],
    ['a path after the host', 'https://photos-1250000000.cos.ap-guangzhou.myqcloud.com/x'],
    ['no bucket label', 'https://cos.ap-guangzhou.myqcloud.com'],
  ])('a cos_bucket_url with %s names no region (the precondition then fails)', (_what, url) => {
    expect(new RegExp(COS_BUCKET_URL_REGION).test(url)).toBe(false);
  });

  test('a function of unknown region under another provider is rejected', () => {
    const stack = tencentStack('ap-guangzhou');
    const other = new TencentcloudProvider(stack, 'other', { alias: 'other' });
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos', appId: APPID });
    expectConfigError(() => bucket.onObjectCreated(new ResizeFunction(stack, 'Fn', { appId: APPID, provider: other }), { prefix: 'in/' }),
      /Photos\/Notify-Fn/, /regions are unknown at synth/);
  });
});

describe('tencentcloud.ResizeFunction settings', () => {
  test.each([
    ['memory not a multiple of 128', { memorySize: 1000 }, /memorySize 1000 MB is not accepted by SCF/],
    ['memory over 3072', { memorySize: 3200 }, /memorySize 3200/],
    ['a timeout over 900 s', { timeout: 901 }, /timeout 901 s/],
    ['an event age under a minute', { maxEventAgeSeconds: 30 }, /maxEventAgeSeconds 30/],
    ['negative retries', { retryAttempts: -1 }, /retryAttempts -1/],
    ['an unsupported runtime', { runtime: 'Nodejs16.13' as any }, /runtime "Nodejs16.13" is not supported/],
    ['a reserved environment prefix', { environment: { SCF_MODE: 'x' } }, /starts with SCF_, which SCF reserves/],
    ['a TENCENTCLOUD_ variable', { environment: { TENCENTCLOUD_X: 'x' } }, /starts with TENCENTCLOUD_/],
    ['a name starting with a digit', { functionName: '1resize' }, /not a valid SCF function name/],
    ['a name ending in "-"', { functionName: 'resize-' }, /not a valid SCF function name/],
  ])('%s is rejected', (_what, props, problem) => {
    expectConfigError(() => new ResizeFunction(tencentStack(), 'Fn', { appId: APPID, ...(props as any) }), 'test/Fn', problem);
  });

  test('environment over 4 KB fails at synth', () => {
    const stack = tencentStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos', appId: APPID });
    bucket.onObjectCreated(new ResizeFunction(stack, 'Fn', { appId: APPID, environment: { BIG: 'x'.repeat(4000) } }), { prefix: 'in/' });
    expectConfigError(() => synthChecked(stack), /\[test\/Fn\]/, /total \d+ bytes; SCF allows 4096/);
  });

  test('TriggerRole can create SCF_QcsRole with its preset policy instead of checking for it, protected from destroy', () => {
    const stack = tencentStack();
    const role = new TriggerRole(stack, 'ScfRole', { create: true });
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos', appId: APPID });
    bucket.onObjectCreated(new ResizeFunction(stack, 'Fn', { appId: APPID, triggerRole: role }), { prefix: 'in/' });
    const json = synthChecked(stack);
    expect(onlyResource(json, 'tencentcloud_cam_role_by_name')).toMatchObject({ name: 'SCF_QcsRole', lifecycle: { prevent_destroy: true } });
    expect(onlyResource(json, 'tencentcloud_cam_role_policy_attachment_by_name')).toMatchObject({ policy_name: 'QcloudAccessForScfRole', lifecycle: { prevent_destroy: true } });
    const trigger = onlyResource(json, 'tencentcloud_scf_trigger');
    expect(trigger.lifecycle.precondition).toBeUndefined();
    expect(trigger.depends_on).toEqual(expect.arrayContaining([
      expect.stringMatching(/^tencentcloud_cam_role_by_name\.ScfRole_ServiceRole_[0-9A-F]/), expect.stringMatching(/^tencentcloud_cam_role_policy_attachment_by_name\.ScfRole_ServiceRole_PresetPolicy_/),
    ]));
    expect(JSON.parse(json).data?.tencentcloud_cam_roles).toBeUndefined();
  });

  test('renaming the execution role through the escape hatch renames the role the function runs as', () => {
    const stack = tencentStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos', appId: APPID });
    const fn = new ResizeFunction(stack, 'Fn', { appId: APPID });
    bucket.onObjectCreated(fn, { prefix: 'in/' });
    fn.executionRole.role.addOverride('name', 'renamed-exec');
    const json = synthChecked(stack);
    const [roleId, role] = Object.entries(resourcesOf(json, 'tencentcloud_cam_role'))[0] as [string, any];
    expect(role.name).toBe('renamed-exec');
    expect(onlyResource(json, 'tencentcloud_scf_function').role).toBe(`\${tencentcloud_cam_role.${roleId}.name}`);
  });

  test('functions of one stack share one SCF_QcsRole check', () => {
    const stack = tencentStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos', appId: APPID });
    bucket.onObjectCreated(new ResizeFunction(stack, 'A', { appId: APPID, destinationPrefix: 'out-a/' }), { prefix: 'a/' });
    bucket.onObjectCreated(new ResizeFunction(stack, 'B', { appId: APPID, destinationPrefix: 'out-b/' }), { prefix: 'b/' });
    expect(Object.keys(JSON.parse(synthChecked(stack)).data.tencentcloud_cam_roles)).toHaveLength(1);
  });
});

describe('trigger_desc rendering', () => {
  test('is what Go json.Marshal writes: compact, keys sorted, HTML characters escaped', () => {
    expect(goJson({ filter: { Suffix: '.png', Prefix: 'a&b<c>/' }, event: 'e' })).toBe('{"event":"e","filter":{"Prefix":"a\\u0026b\\u003cc\\u003e/","Suffix":".png"}}');
    expect(cosTriggerDesc('cos:ObjectCreated:*', { prefix: '', suffix: '' })).toBe('{"event":"cos:ObjectCreated:*"}');
    expect(cosTriggerDesc('cos:ObjectCreated:*', { prefix: '', suffix: '.jpg' })).toBe('{"event":"cos:ObjectCreated:*","filter":{"Suffix":".jpg"}}');
  });
});
