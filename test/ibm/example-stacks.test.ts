import { Testing } from 'cdktf';
import { parseResizeConfig } from '../../functions/resize/src/config-loader';
import * as ibm from '../../lib/ibm';
import { IbmFunctionsResizeStack } from '../../stacks/ibm-functions-resize-stack';
import { IbmResizeStack } from '../../stacks/ibm-resize-stack';
import { exampleStackChecks, onlyConstruct, onlyResource, resourcesOf } from '../helpers';
import { env } from './helpers';

/** The `name` attribute of the stack's only resource of a type, as other resources reference it (renames through escape hatches follow). */
function nameReference(json: string, type: string): string {
  const names = Object.keys(resourcesOf(json, type));
  expect(names).toHaveLength(1);
  return `\${${type}.${names[0]}.name}`;
}

describe('IbmResizeStack (Code Engine, the deployable example)', () => {
  const stack = new IbmResizeStack(Testing.app(), 'ibm-resize');
  const json = Testing.synth(stack, true);

  exampleStackChecks(json, stack);

  test('pins the ibm provider version', () => {
    const pins = require('../../schemas/providers.json');
    expect(JSON.parse(json).terraform.required_providers.ibm).toEqual({ source: 'ibm-cloud/ibm', version: pins.ibm.version });
  });

  test('creates a regional bucket in the project region, without firewall, in its own COS instance', () => {
    const bucket = onlyResource(json, 'ibm_cos_bucket');
    expect(bucket).toMatchObject({ region_location: 'us-south', force_delete: false, resource_instance_id: expect.stringMatching(/^\$\{ibm_resource_instance\.Images_Instance_[0-9A-F]+\.crn\}$/) });
    expect(bucket.allowed_ip).toBeUndefined();
    expect(bucket.cross_region_location).toBeUndefined();
    expect(onlyResource(json, 'ibm_resource_instance')).toMatchObject({ service: 'cloud-object-storage', plan: 'standard', location: 'global' });
  });

  test('authorizes the project (codeengine) as Notifications Manager on the COS instance GUID', () => {
    expect(onlyResource(json, 'ibm_iam_authorization_policy')).toMatchObject({
      source_service_name: 'codeengine',
      source_resource_instance_id: expect.stringMatching(/^\$\{ibm_code_engine_project\.Resize_Project_[0-9A-F]+\.project_id\}$/),
      target_service_name: 'cloud-object-storage',
      target_resource_instance_id: expect.stringMatching(/^\$\{ibm_resource_instance\.Images_Instance_[0-9A-F]+\.guid\}$/),
      roles: ['Notifications Manager'],
    });
  });

  test('runs the image on port 8080 with a compute-resource token and no secret in its environment', () => {
    const app = onlyResource(json, 'ibm_code_engine_app');
    expect(app).toMatchObject({ image_reference: 'us.icr.io/evented-buckets/resize:0.1.0', image_port: 8080, run_compute_resource_token_enabled: true, managed_domain_mappings: 'local' });
    const vars = env(app);
    expect(vars.IBM_TRUSTED_PROFILE_ID).toMatch(/^\$\{ibm_iam_trusted_profile\.Resize_Identity_Profile_[0-9A-F]+\.profile_id\}$/);
    expect(vars.COS_ENDPOINT).toBe('s3.us-south.cloud-object-storage.appdomain.cloud');
    expect(app.run_env_variables.every((v: any) => v.type === 'literal')).toBe(true);
    const config = parseResizeConfig(vars.RESIZE_CONFIG);
    expect(config.sources).toEqual([{ bucket: expect.stringMatching(/^ibm-resize-images-/), prefix: 'source/', suffix: '' }]);
    expect(config.destination.prefix).toBe('processed/');
    expect(JSON.parse(json).resource.ibm_resource_key).toBeUndefined();
  });

  test('names the resource group of the project and the COS instance: the default group, through one data source', () => {
    // resource_group_id is Optional + ForceNew and read back: unset, the second plan would replace the project.
    const group = '${data.ibm_resource_group.IbmDefaultResourceGroup-ibm.id}';
    expect(onlyResource(json, 'ibm_code_engine_project').resource_group_id).toBe(group);
    expect(onlyResource(json, 'ibm_resource_instance').resource_group_id).toBe(group);
    expect(Object.values(JSON.parse(json).data.ibm_resource_group)).toEqual([{ is_default: true, provider: 'ibm' }]);
  });

  test('the app sets the probes Code Engine would add, aims at its own concurrency and runs as the image\'s non-root user', () => {
    const app = onlyResource(json, 'ibm_code_engine_app');
    expect(app.probe_readiness).toEqual({ type: 'http', path: '/', port: 8080, initial_delay: 0, interval: 5, timeout: 2, failure_threshold: 3 });
    expect(app.probe_liveness).toEqual({ type: 'http', path: '/', port: 8080, initial_delay: 0, interval: 10, timeout: 5, failure_threshold: 3 });
    expect(app.scale_concurrency_target).toBe(app.scale_concurrency);
    expect(app.run_as_user).toBe(ibm.RESIZE_IMAGE_USER);
    expect(ibm.RESIZE_IMAGE_USER).toBeGreaterThan(0);
  });

  test('pulls the private image with a registry secret it creates in the new project from a sensitive variable', () => {
    const secret = onlyResource(json, 'ibm_code_engine_secret');
    expect(secret).toEqual({
      project_id: expect.stringMatching(/^\$\{ibm_code_engine_project\.Resize_Project_[0-9A-F]+\.project_id\}$/),
      name: expect.stringMatching(/^resize-registry-[0-9a-f]{8}$/),
      format: 'registry',
      data: { server: 'us.icr.io', username: 'iamapikey', password: '${var.registry_api_key}' },
      provider: 'ibm',
    });
    expect(JSON.parse(json).variable.registry_api_key).toMatchObject({ type: 'string', sensitive: true });
    expect(onlyResource(json, 'ibm_code_engine_app').image_secret).toMatch(/^\$\{ibm_code_engine_secret\.Resize_RegistrySecret_[0-9A-F]+\.name\}$/);
  });

  test('with a resource group, the project, the COS instance and the subscription\'s login use it, and no data source is read', () => {
    const group = '0123456789abcdef0123456789abcdef';
    const grouped = JSON.parse(Testing.synth(new IbmResizeStack(Testing.app(), 'ibm-resize', { resourceGroupId: group })));
    expect(Object.values(grouped.resource.ibm_code_engine_project)).toEqual([expect.objectContaining({ resource_group_id: group })]);
    expect(Object.values(grouped.resource.ibm_resource_instance)).toEqual([expect.objectContaining({ resource_group_id: group })]);
    expect((Object.values(grouped.resource.terraform_data)[0] as any).input.resource_group_id).toBe(group);
    expect(grouped.data).toBeUndefined();
  });

  test('with a public image it asks for no key and creates no secret', () => {
    const publicJson = JSON.parse(Testing.synth(new IbmResizeStack(Testing.app(), 'ibm-resize', { publicImage: true, imageReference: 'icr.io/codeengine/resize:1.0' })));
    expect(publicJson.variable).toBeUndefined();
    expect(publicJson.resource.ibm_code_engine_secret).toBeUndefined();
    expect(Object.values(publicJson.resource.ibm_code_engine_app)[0]).not.toHaveProperty('image_secret');
  });

  test('the trusted profile trusts only this app, reads only source/ and writes only processed/ (no Writer: it cannot delete)', () => {
    expect(onlyResource(json, 'ibm_iam_trusted_profile_link')).toMatchObject({
      cr_type: 'CE',
      link: { component_type: 'application', component_name: nameReference(json, 'ibm_code_engine_app'), crn: expect.stringMatching(/ibm_code_engine_project\..*\.crn/) },
    });
    const resources = { service: 'cloud-object-storage', resource_type: 'bucket', resource: onlyResource(json, 'ibm_cos_bucket').bucket_name };
    const path = (value: string) => [{ key: '{{resource.attributes.path}}', operator: 'stringMatch', value: [value] }];
    const policies = Object.values(resourcesOf(json, 'ibm_iam_trusted_profile_policy')) as any[];
    expect(policies.map((p) => ({ roles: p.roles, resources: p.resources, rule_conditions: p.rule_conditions, pattern: p.pattern })).sort((a, b) => b.rule_conditions[0].value[0].localeCompare(a.rule_conditions[0].value[0]))).toEqual([
      { roles: ['Object Reader'], resources: expect.objectContaining(resources), rule_conditions: path('source/*'), pattern: 'attribute-based-condition:resource:literal-and-wildcard' },
      { roles: ['Object Reader', 'Object Writer'], resources: expect.objectContaining(resources), rule_conditions: path('processed/*'), pattern: 'attribute-based-condition:resource:literal-and-wildcard' },
    ]);
  });

  test('creates the COS subscription with the CLI after the app, the authorization and the profile rights exist', () => {
    const sub = onlyResource(json, 'terraform_data');
    expect(sub.input).toEqual({
      region: 'us-south', resource_group_id: onlyResource(json, 'ibm_code_engine_project').resource_group_id, project_id: expect.stringMatching(/project_id\}$/), name: expect.stringMatching(/^resize-images-[0-9a-f]{8}$/),
      destination: nameReference(json, 'ibm_code_engine_app'), destination_type: 'app',
      bucket: onlyResource(json, 'ibm_cos_bucket').bucket_name, event_type: 'write', prefix: 'source/', suffix: '',
    });
    expect(sub.triggers_replace).toEqual(sub.input);
    expect(sub.depends_on).toEqual(expect.arrayContaining([
      expect.stringMatching(/^ibm_code_engine_app\./), expect.stringMatching(/^ibm_iam_authorization_policy\./),
      expect.stringMatching(/^ibm_iam_trusted_profile_link\./), expect.stringMatching(/^ibm_iam_trusted_profile_policy\./), expect.stringMatching(/^ibm_cos_bucket\./),
    ]));
    const [create, destroy] = sub.provisioner.map((p: any) => p['local-exec']);
    expect(create.command).toContain('ibmcloud ce subscription cos create "$@"');
    expect(create.when).toBeUndefined();
    expect(destroy.when).toBe('destroy');
    expect(destroy.command).toContain('ibmcloud ce subscription cos delete --name "$CE_SUBSCRIPTION" --force --wait --wait-timeout');
    // Both log in by themselves, in a CLI home of their own.
    for (const p of [create, destroy]) {
      expect(p.command).toContain('ibmcloud login -r "$CE_REGION" -g "$CE_RESOURCE_GROUP"');
      expect(p.command).toContain('IBMCLOUD_HOME=$(mktemp -d)');
    }
    // Destroy-time provisioners may only reference self: every value comes from self.input.
    for (const p of [create, destroy]) {
      expect(Object.values(p.environment).every((v: any) => /^\$\{self\.input\.[a-z_]+\}$/.test(v))).toBe(true);
      expect(p.command).not.toContain('${');
    }
  });
});

describe('IbmResizeStack with runAs: job (one Code Engine job run per event)', () => {
  const stack = new IbmResizeStack(Testing.app(), 'ibm-resize-job', { runAs: 'job' });
  const json = Testing.synth(stack, true);

  exampleStackChecks(json, stack);

  test('runs the image as a task-mode job with a compute-resource token, and no app', () => {
    const job = onlyResource(json, 'ibm_code_engine_job');
    expect(job).toMatchObject({
      image_reference: 'us.icr.io/evented-buckets/resize:0.1.0', run_mode: 'task', run_compute_resource_token_enabled: true,
      scale_cpu_limit: '1', scale_memory_limit: '4G', scale_max_execution_time: 600, scale_retry_limit: 3, run_as_user: ibm.RESIZE_IMAGE_USER,
    });
    expect(onlyResource(json, 'ibm_code_engine_project').resource_group_id).toMatch(/^\$\{data\.ibm_resource_group\./);
    expect(JSON.parse(json).resource.ibm_code_engine_app).toBeUndefined();
    const vars = env(job);
    expect(vars.IBM_TRUSTED_PROFILE_ID).toMatch(/^\$\{ibm_iam_trusted_profile\.Resize_Identity_Profile_[0-9A-F]+\.profile_id\}$/);
    expect(parseResizeConfig(vars.RESIZE_CONFIG).sources).toEqual([{ bucket: onlyResource(json, 'ibm_cos_bucket').bucket_name, prefix: 'source/', suffix: '' }]);
    expect(JSON.parse(json).output.job_name.value).toMatch(/^\$\{ibm_code_engine_job\..*\.name\}$/);
  });

  test('the profile trusts the job, and the subscription targets it as a job after it exists', () => {
    const job = onlyResource(json, 'ibm_code_engine_job');
    expect(onlyResource(json, 'ibm_iam_trusted_profile_link').link).toMatchObject({ component_type: 'job', component_name: nameReference(json, 'ibm_code_engine_job') });
    const sub = onlyResource(json, 'terraform_data');
    expect(job.name).toMatch(/^ibm-resize-job-resize-[0-9a-f]{8}$/);
    expect(sub.input).toMatchObject({ destination: nameReference(json, 'ibm_code_engine_job'), destination_type: 'job', event_type: 'write', prefix: 'source/' });
    expect(sub.depends_on).toContainEqual(expect.stringMatching(/^ibm_code_engine_job\./));
    expect(onlyResource(json, 'ibm_iam_authorization_policy')).toMatchObject({ source_service_name: 'codeengine', roles: ['Notifications Manager'] });
  });
});

describe('IbmFunctionsResizeStack (Cloud Functions, the seed; synthesizes, cannot deploy)', () => {
  const stack = new IbmFunctionsResizeStack(Testing.app(), 'ibm-functions-resize');
  const json = Testing.synth(stack, true);
  const resize = onlyConstruct(stack, ibm.CloudFunctionsResizeFunction);

  exampleStackChecks(json, stack);

  test('warns at synth that Cloud Functions ended and points to Code Engine', () => {
    const warnings = resize.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    expect(warnings).toEqual([expect.stringMatching(/end of life in October 2024.*cannot be deployed.*ibm\.ResizeFunction \(Code Engine\)/s)]);
  });

  test('ships the action as a nodejs:20 zip under a content-hashed path', () => {
    const action = onlyResource(json, 'ibm_function_action');
    expect(action.exec).toEqual({ kind: 'nodejs:20', main: 'main', code_path: `assets/FunctionZip${resize.code.package.sha256.slice(0, 12).toUpperCase()}/${resize.code.package.sha256.slice(0, 32).toUpperCase()}/code.zip` });
    expect(action.limits).toEqual({ memory: 1024, timeout: 60000 });
    expect(resize.code.package.packages.map((p) => p.name)).toContain('@img/sharp-linux-x64');
  });

  test('the action gets RESIZE_CONFIG and the Writer key\'s HMAC credentials by reference', () => {
    const action = onlyResource(json, 'ibm_function_action');
    expect(action.user_defined_parameters).toContain('"key":"cos_hmac_access_key_id","value":"${ibm_resource_key.Resize_CosCredentials_');
    expect(action.user_defined_parameters).toContain('.credentials["cos_hmac_keys.secret_access_key"]}"');
    expect(onlyResource(json, 'ibm_resource_key')).toMatchObject({ role: 'Writer', parameters: { HMAC: 'true' } });
    const resolved = JSON.parse(action.user_defined_parameters.replace(/\$\{[^}]*\]\}/g, 'KEY'));
    expect(parseResizeConfig(resolved[0].value).sources[0].prefix).toBe('source/');
  });

  test('a trigger on the COS changes feed, a rule, and the functions authorization the trigger waits for', () => {
    const trigger = onlyResource(json, 'ibm_function_trigger');
    expect(trigger.feed.name).toBe('/whisk.system/cos/changes');
    expect(JSON.parse(trigger.feed.parameters)).toEqual([
      { key: 'bucket', value: onlyResource(json, 'ibm_cos_bucket').bucket_name },
      { key: 'endpoint', value: 's3.private.us-south.cloud-object-storage.appdomain.cloud' },
      { key: 'prefix', value: 'source/' },
      { key: 'event_types', value: 'write' },
    ]);
    const policy = onlyResource(json, 'ibm_iam_authorization_policy');
    expect(policy).toMatchObject({ source_service_name: 'functions', target_service_name: 'cloud-object-storage', roles: ['Notifications Manager'], source_resource_instance_id: expect.stringMatching(/ibm_function_namespace\..*\.id\}$/) });
    expect(trigger.depends_on).toContainEqual(expect.stringMatching(/^ibm_iam_authorization_policy\./));
    expect(onlyResource(json, 'ibm_function_rule')).toMatchObject({ trigger_name: expect.stringMatching(/ibm_function_trigger\..*\.name/), action_name: expect.stringMatching(/ibm_function_action\..*\.name/) });
    expect(Object.values(JSON.parse(json).data.ibm_resource_group)).toEqual([{ is_default: true, provider: 'ibm' }]);
  });
});
