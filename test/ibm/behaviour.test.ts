import { Testing } from 'cdktf';
import * as ibm from '../../lib/ibm';
import { CodeEngineProject } from '../../lib/generated/providers/ibm/code-engine-project';
import { loadProviderBehaviour, ProviderBehaviourFile, ResourceBehaviour } from '../../lib/testing/provider-behaviour';
import { IbmAuditStack } from '../../stacks/ibm-audit-stack';
import { IbmFunctionsResizeStack } from '../../stacks/ibm-functions-resize-stack';
import { IbmResizeStack } from '../../stacks/ibm-resize-stack';
import { ibmStack } from './helpers';

const behaviour = loadProviderBehaviour().get('ibm-cloud/ibm') as ProviderBehaviourFile;
const pins = require('../../schemas/providers.json');
const schema = require('../../schemas/ibm.json').provider_schemas['registry.terraform.io/ibm-cloud/ibm'];

/** The IBM stacks of the library: the examples (app, job, Cloud Functions, the audit app). */
const stacks = () => [
  new IbmAuditStack(Testing.app(), 'ibm-audit'),
  new IbmResizeStack(Testing.app(), 'ibm-resize'),
  new IbmResizeStack(Testing.app(), 'ibm-resize-job', { runAs: 'job' }),
  new IbmFunctionsResizeStack(Testing.app(), 'ibm-functions-resize'),
].map((s) => JSON.parse(Testing.synth(s)));

/** Whether a dotted path names an attribute or block of a schema block. */
function hasPath(block: any, path: string): boolean {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) return head in (block.attributes ?? {}) || head in (block.block_types ?? {});
  const nested = block.block_types?.[head]?.block;
  return nested !== undefined && hasPath(nested, rest.join('.'));
}

/** The value at a dotted path of a synthesized resource (blocks are objects or lists of one object). */
function valueAt(config: any, path: string): unknown {
  let v: any = config;
  for (const part of path.split('.')) {
    if (Array.isArray(v)) v = v[0];
    if (v === undefined || v === null) return undefined;
    v = v[part];
  }
  return v;
}

/**
 * What the second plan of a resource would show, from the behaviour facts: each read-back attribute that is neither
 * set nor in `lifecycle.ignore_changes`, and each literal value a value rule refuses.
 */
function violations(type: string, config: any, rules: ResourceBehaviour | undefined): string[] {
  const out: string[] = [];
  // `link[0].namespace` ignores the fact `link.namespace`.
  const ignored: string[] = (config.lifecycle?.ignore_changes ?? []).map((p: string) => p.replace(/\[\d+\]/g, ''));
  for (const fact of rules?.readBack ?? []) {
    if (valueAt(config, fact.path) === undefined && !ignored.includes(fact.path)) out.push(`${type}.${fact.path} is read back but not set`);
  }
  for (const rule of rules?.valueRules ?? []) {
    const v = valueAt(config, rule.path);
    if (v === undefined || (typeof v === 'string' && v.includes('${'))) continue;
    if (rule.oneOf && !rule.oneOf.includes(v as never)) out.push(`${type}.${rule.path} = ${JSON.stringify(v)} is not one of ${rule.oneOf.join(', ')}`);
    if (rule.pattern && !new RegExp(rule.pattern).test(String(v))) out.push(`${type}.${rule.path} = ${JSON.stringify(v)} does not match ${rule.pattern}`);
    if (rule.min !== undefined && (v as number) < rule.min) out.push(`${type}.${rule.path} = ${v} is below ${rule.min}`);
    if (rule.max !== undefined && (v as number) > rule.max) out.push(`${type}.${rule.path} = ${v} is above ${rule.max}`);
  }
  return out;
}

const allViolations = (json: any) => Object.entries(json.resource ?? {}).flatMap(([type, byName]: [string, any]) =>
  Object.values(byName).flatMap((config) => violations(type, config, behaviour.resources[type])));

describe('schemas/ibm.behaviour.json', () => {
  test('is the pinned provider\'s, served by protocol 6 with terraform-plugin-go\'s 256 MiB gRPC limit', () => {
    expect(behaviour).toMatchObject({ source: pins.ibm.source, version: pins.ibm.version });
    expect(behaviour.plugin).toMatchObject({ protocolVersion: 6, maxRecvBytes: 256 * 1024 * 1024 });
    expect(behaviour.plugin.source).toMatch(/^main\.go:\d+/);
  });

  test('covers every IBM resource and data source type the library\'s stacks emit', () => {
    const emitted = stacks().flatMap((json) => [
      ...Object.keys(json.resource ?? {}).filter((t) => t.startsWith('ibm_')).map((t) => ['resource', t]),
      ...Object.keys(json.data ?? {}).map((t) => ['data', t]),
    ]);
    for (const [kind, type] of emitted) {
      expect([kind, type, kind === 'resource' ? type in behaviour.resources : type in (behaviour.dataSources ?? {})]).toEqual([kind, type, true]);
    }
  });

  test('every fact names an attribute of the pinned schema and a file:line of the provider source', () => {
    const facts = [
      ...Object.entries(behaviour.resources).map(([type, b]) => [schema.resource_schemas[type], type, b] as const),
      ...Object.entries(behaviour.dataSources ?? {}).map(([type, b]) => [schema.data_source_schemas[type], type, b] as const),
    ];
    for (const [typeSchema, type, b] of facts) {
      expect([type, typeSchema !== undefined]).toEqual([type, true]);
      for (const list of Object.values(b) as { path: string; source: string }[][]) {
        for (const fact of list) {
          expect([type, fact.path, hasPath(typeSchema.block, fact.path)]).toEqual([type, fact.path, true]);
          expect(fact.source).toMatch(/^ibm\/[\w/.]+\.go:\d+(-\d+)?/);
        }
      }
    }
  });

  test('records the project\'s resource_group_id as read back, and ForceNew', () => {
    const project = behaviour.resources.ibm_code_engine_project;
    expect(project.readBack?.map((f) => f.path)).toContain('resource_group_id');
    expect(project.forceNew?.map((f) => f.path)).toEqual(expect.arrayContaining(['name', 'resource_group_id']));
    expect(behaviour.resources.ibm_code_engine_app.readBack?.map((f) => f.path)).toEqual(expect.arrayContaining(['probe_readiness', 'probe_liveness']));
  });

  test('the library\'s stacks set every read-back attribute and keep every value rule', () => {
    for (const json of stacks()) expect(allViolations(json)).toEqual([]);
  });

  test('a project without a resource group, a probe-less app and an out-of-range value are caught', () => {
    const stack = ibmStack();
    new CodeEngineProject(stack, 'Bare', { name: 'bare' });
    const json = JSON.parse(Testing.synth(stack));
    expect(allViolations(json)).toEqual(['ibm_code_engine_project.resource_group_id is read back but not set']);
    const app = { name: 'app', scale_concurrency_target: 1001, managed_domain_mappings: 'public' };
    expect(violations('ibm_code_engine_app', app, behaviour.resources.ibm_code_engine_app)).toEqual([
      'ibm_code_engine_app.probe_readiness is read back but not set',
      'ibm_code_engine_app.probe_liveness is read back but not set',
      'ibm_code_engine_app.managed_domain_mappings = "public" is not one of local, local_private, local_public',
      'ibm_code_engine_app.scale_concurrency_target = 1001 is above 1000',
    ]);
    expect(violations('ibm_code_engine_app', { ...app, lifecycle: { ignore_changes: ['probe_readiness', 'probe_liveness'] } }, behaviour.resources.ibm_code_engine_app)).toHaveLength(2);
    expect(ibm.RESIZE_APP_PROBES.readiness.port).toBe(ibm.RESIZE_APP_PORT);
  });
});
