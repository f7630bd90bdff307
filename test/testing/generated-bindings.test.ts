import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ComplexList, ComplexObject, StringMap, TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { Fcv3Function } from '../../lib/generated/providers/alicloud/fcv3-function';
import { CosBucket } from '../../lib/generated/providers/ibm/cos-bucket';
import { ResourceKey } from '../../lib/generated/providers/ibm/resource-key';
import { GENERATED_DIR, generateBindings, pinnedProviders } from '../../scripts/generate-bindings';
import { LazyReferenceError, makeReferencesLazy } from '../../scripts/lazy-references';

/** Every file under a directory, relative path → contents. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.join(rel, e.name);
      if (e.isDirectory()) walk(child);
      else out.set(child, fs.readFileSync(path.join(dir, child), 'utf8'));
    }
  };
  walk('');
  return out;
}

describe('generated bindings', () => {
  test('lib/generated is exactly what the schema files generate (never edited by hand)', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bindings-'));
    try {
      await generateBindings(tmp);
      const fresh = tree(tmp);
      const committed = tree(GENERATED_DIR);
      expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
      for (const [file, text] of fresh) {
        if (committed.get(file) !== text) throw new Error(`lib/generated/${file} differs from a fresh generation: run "npm run gen".`);
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('every pinned schema file has the provider it is pinned for', () => {
    for (const [name, pin] of Object.entries(pinnedProviders())) {
      const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'schemas', pin.schema), 'utf8'));
      expect(Object.keys(schema.provider_schemas)).toEqual([`registry.terraform.io/${pin.source}`]);
      expect(pin.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(name).toBe(pin.source.split('/')[1]);
    }
  });
});

/** The block and map references an object holds in its own fields (what cdktf pays a stack trace for). */
function heldReferences(owner: object): unknown[] {
  return Object.values(owner).filter((v) => v instanceof ComplexObject || v instanceof ComplexList || v instanceof StringMap);
}

function bucketIn(stack: TerraformStack, config: Partial<ConstructorParameters<typeof CosBucket>[2]> = {}): CosBucket {
  return new CosBucket(stack, 'bucket', { bucketName: 'b', resourceInstanceId: 'crn:cos', storageClass: 'smart', ...config });
}

/** What a token renders to in the synthesized stack (through an output, the way a user would reference it). */
function rendered(stack: TerraformStack, value: unknown): unknown {
  new TerraformOutput(stack, 'probe', { value });
  return JSON.parse(Testing.synth(stack)).output.probe.value;
}

/** The rendered arguments of the only resource in `toTerraform()`. */
function renderedArguments(resource: CosBucket): Record<string, unknown> {
  const rendered = resource.toTerraform() as { resource: Record<string, Record<string, Record<string, unknown>>> };
  return Object.values(rendered.resource.ibm_cos_bucket)[0];
}

describe('generated bindings create block and map references on first use', () => {
  test('a new resource holds none of its block references, and a new block none of its nested ones', () => {
    const stack = new TerraformStack(Testing.app(), 'lazy');
    const bucket = bucketIn(stack);
    expect(heldReferences(bucket)).toEqual([]);
    bucket.toTerraform();
    bucket.toHclTerraform();
    expect(bucket.timeoutsInput).toBeUndefined();
    expect(heldReferences(bucket)).toEqual([]);

    const fn = new Fcv3Function(stack, 'fn', { handler: 'index.handler', runtime: 'nodejs20', customContainerConfig: { image: 'img' } });
    expect(heldReferences(fn)).toHaveLength(1);
    const container = fn.customContainerConfig;
    expect(container.internalValue).toEqual({ image: 'img' });
    expect(heldReferences(container)).toEqual([]);
    expect(container.healthCheckConfig).toBe(container.healthCheckConfig);
    expect(heldReferences(container)).toHaveLength(1);
  });

  test('public getters create the reference once and it is the one rendered', () => {
    const stack = new TerraformStack(Testing.app(), 'lazy');
    const bucket = bucketIn(stack);
    const timeouts = bucket.timeouts;
    expect(timeouts).toBeInstanceOf(ComplexObject);
    expect(bucket.timeouts).toBe(timeouts);
    expect(heldReferences(bucket)).toEqual([timeouts]);
    timeouts.create = '10m';
    expect(bucket.timeoutsInput).toEqual({ create: '10m' });
    expect(renderedArguments(bucket).timeouts).toEqual({ create: '10m' });

    const key = new ResourceKey(stack, 'key', { name: 'k' });
    expect(heldReferences(key)).toEqual([]);
    expect(key.credentials).toBe(key.credentials);
    expect(rendered(stack, key.credentials.lookup('apikey'))).toBe('${ibm_resource_key.key.credentials["apikey"]}');
  });

  test('a block set in the config, one put then reset, one put and one never touched render as before', () => {
    const stack = new TerraformStack(Testing.app(), 'lazy');
    const bucket = bucketIn(stack, { activityTracking: { readDataEvents: true, activityTrackerCrn: 'crn:at' } });
    bucket.putArchiveRule({ days: 30, enable: true, type: 'Glacier' });
    bucket.resetArchiveRule();
    bucket.putExpireRule([{ enable: true, days: 7, prefix: 'tmp/' }]);

    expect(bucket.activityTrackingInput).toEqual({ readDataEvents: true, activityTrackerCrn: 'crn:at' });
    expect(bucket.archiveRuleInput).toBeUndefined();
    expect(bucket.expireRuleInput).toEqual([{ enable: true, days: 7, prefix: 'tmp/' }]);
    expect(bucket.metricsMonitoringInput).toBeUndefined();
    const args = renderedArguments(bucket);
    expect(args.activity_tracking).toEqual({ activity_tracker_crn: 'crn:at', read_data_events: true });
    expect(args.archive_rule).toBeUndefined();
    expect(args.expire_rule).toEqual([{ days: 7, enable: true, prefix: 'tmp/' }]);
    expect(args.metrics_monitoring).toBeUndefined();
    expect(args.timeouts).toBeUndefined();
    const hcl = JSON.stringify(bucket.toHclTerraform());
    expect(hcl).toContain('crn:at');
    expect(hcl).toContain('tmp/');
    // The three written blocks exist; the six never written (metrics_monitoring, timeouts, ...) still do not.
    expect(heldReferences(bucket)).toHaveLength(3);
    expect(rendered(stack, bucket.activityTracking.readDataEvents)).toBe('${ibm_cos_bucket.bucket.activity_tracking[0].read_data_events}');
  });
});

describe('the lazy-reference rewrite', () => {
  const generated = (...body: string[]) => [
    'export class ThingTimeoutsOutputReference extends cdktf.ComplexObject {',
    '}',
    'export class Thing extends cdktf.TerraformResource {',
    '  constructor(scope: Construct, id: string, config: ThingConfig) {',
    '    super(scope, id, {});',
    '    this._timeouts.internalValue = config.timeouts;',
    '  }',
    '  private _timeouts = new ThingTimeoutsOutputReference(this, "timeouts");',
    '  public get timeouts() {',
    '    return this._timeouts;',
    '  }',
    ...body,
    '}',
  ].join('\n');

  test('turns the field into a backing field and a creating getter, and guards the constructor write', () => {
    const out = makeReferencesLazy(generated(), 'thing.ts');
    expect(out).toContain('  private _timeoutsIfCreated?: ThingTimeoutsOutputReference;\n  private get _timeouts(): ThingTimeoutsOutputReference {\n'
      + '    return this._timeoutsIfCreated ??= new ThingTimeoutsOutputReference(this, "timeouts");\n  }');
    expect(out).toContain('    if (config.timeouts !== undefined) {\n      this._timeouts.internalValue = config.timeouts;\n    }');
    expect(out).not.toMatch(/private _timeouts = new/);
  });

  test('throws on a use of a reference field it does not know', () => {
    const unknownUse = generated('  public describe() {', '    return this._timeouts.fqn;', '  }');
    expect(() => makeReferencesLazy(unknownUse, 'thing.ts')).toThrow(LazyReferenceError);
    expect(() => makeReferencesLazy(unknownUse, 'thing.ts')).toThrow(/thing\.ts:13: use of _timeouts of an unknown form \(in describe\)/);
  });

  test('throws on a field initializer of a form it does not know', () => {
    const unknownField = generated('  private _tags = new ThingTagsList(this, "tags", false, 0);');
    expect(() => makeReferencesLazy(unknownField, 'thing.ts')).toThrow(/thing\.ts:12: field initializer of an unknown form/);
  });
});
