import { Testing } from 'cdktf';
import * as ibm from '../../lib/ibm';
import { CodeEngineProject } from '../../lib/generated/providers/ibm/code-engine-project';
import { BehaviourViolation, checkStackBehaviour } from '../../lib/testing/behaviour-check';
import { loadProviderBehaviour, ProviderBehaviourFile } from '../../lib/testing/provider-behaviour';
import { IbmAuditStack } from '../../stacks/ibm-audit-stack';
import { IbmFunctionsResizeStack } from '../../stacks/ibm-functions-resize-stack';
import { IbmResizeStack } from '../../stacks/ibm-resize-stack';
import { schemaHasPath } from '../helpers';
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
];

/** The read-back and value-rule violations of a synthesized stack, as `<address> <path> [<rule>]`. */
function readBackAndValueViolations(json: object): string[] {
  const found = checkStackBehaviour(json, { behaviour: new Map([['ibm-cloud/ibm', behaviour]]) });
  return found.filter((v: BehaviourViolation) => v.rule === 'read-back' || v.rule === 'value').map((v) => `${v.address} ${v.path} [${v.rule}]`);
}

describe('schemas/ibm.behaviour.json', () => {
  test('is the pinned provider\'s, served by protocol 6 with terraform-plugin-go\'s 256 MiB gRPC limit', () => {
    expect(behaviour).toMatchObject({ source: pins.ibm.source, version: pins.ibm.version });
    expect(behaviour.plugin).toMatchObject({ protocolVersion: 6, maxRecvBytes: 256 * 1024 * 1024 });
    expect(behaviour.plugin.source).toMatch(/^main\.go:\d+/);
  });

  test('covers every IBM resource and data source type the library\'s stacks emit', () => {
    const emitted = stacks().map((s) => JSON.parse(Testing.synth(s))).flatMap((json) => [
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
          expect([type, fact.path, schemaHasPath(typeSchema.block, fact.path)]).toEqual([type, fact.path, true]);
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

  test('the library\'s stacks pass the behaviour check: every read-back attribute set, every value rule kept', () => {
    for (const stack of stacks()) expect(stack).toPassBehaviourCheck();
  });

  test('a project without a resource group, a probe-less app and an out-of-range value are caught', () => {
    const stack = ibmStack();
    new CodeEngineProject(stack, 'Bare', { name: 'bare' });
    expect(readBackAndValueViolations(JSON.parse(Testing.synth(stack)))).toEqual(['ibm_code_engine_project.Bare resource_group_id [read-back]']);
    const app = { name: 'app', scale_concurrency_target: 1001, managed_domain_mappings: 'public' };
    const withApp = (config: object) => ({ resource: { ibm_code_engine_app: { App: config } } });
    expect(readBackAndValueViolations(withApp(app))).toEqual([
      'ibm_code_engine_app.App probe_readiness [read-back]',
      'ibm_code_engine_app.App probe_liveness [read-back]',
      'ibm_code_engine_app.App managed_domain_mappings [value]',
      'ibm_code_engine_app.App scale_concurrency_target [value]',
    ]);
    const messages = checkStackBehaviour(withApp(app), { behaviour: new Map([['ibm-cloud/ibm', behaviour]]) }).map((v) => v.message);
    expect(messages).toContainEqual(expect.stringContaining('is "public", not one of "local", "local_private", "local_public"'));
    expect(messages).toContainEqual(expect.stringContaining('is 1001, above the maximum 1000'));
    expect(readBackAndValueViolations(withApp({ ...app, lifecycle: { ignore_changes: ['probe_readiness', 'probe_liveness'] } }))).toEqual([
      'ibm_code_engine_app.App managed_domain_mappings [value]',
      'ibm_code_engine_app.App scale_concurrency_target [value]',
    ]);
    expect(ibm.RESIZE_APP_PROBES.readiness.port).toBe(ibm.RESIZE_APP_PORT);
  });
});
