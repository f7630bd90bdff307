import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { PluginFacts, ProviderBehaviourFile } from '../provider-behaviour';
import { CtyType, CtyValue, decodeJson, decodeMsgpack, encodeMsgpack } from './cty';
import { Diagnostic, ProviderModel } from './model';
import { DEFAULT_PLUGIN_FACTS } from './plugin-facts';
import { impliedType, ProviderSchemas, toProtoSchema } from './schema';

/** go-plugin's handshake cookie for Terraform providers (terraform-plugin-go's and the SDKs' HandshakeConfig). */
export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';

/** The directory of the `.proto` files, next to this module (the package must ship them with it). */
export function protoDir(): string {
  return __dirname;
}

type Callback = (err: grpc.ServiceError | null, res?: unknown) => void;
type Handler = (req: any) => unknown;

/** The facts of the plugin being served: the behaviour file's `plugin` entry, else what was read from the SDK source. */
export function pluginFactsOf(schemas: ProviderSchemas, behaviour?: ProviderBehaviourFile): PluginFacts {
  const facts = behaviour?.plugin ?? DEFAULT_PLUGIN_FACTS[schemas.source];
  if (!facts) throw new Error(`no plugin facts for ${schemas.source}: add a "plugin" entry to its behaviour file`);
  return facts;
}

/**
 * Serves one provider's model over Terraform's plugin protocol (5 or 6, as the real provider does) on a Unix socket,
 * with the real provider's gRPC receive limit, and prints go-plugin's handshake line. Without TLS: Terraform must run
 * with `TF_DISABLE_PLUGIN_TLS=1` (the harness sets it); the socket lives in a directory only this user can open.
 */
export async function serveProvider(schemas: ProviderSchemas, behaviour?: ProviderBehaviourFile): Promise<void> {
  if (process.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    process.stderr.write('This is a Terraform provider plugin for offline planning: Terraform starts it, it is not run directly.\n');
    process.exit(1);
  }
  if (process.env.PLUGIN_CLIENT_CERT) {
    process.stderr.write('The offline provider does not speak go-plugin mTLS: run Terraform with TF_DISABLE_PLUGIN_TLS=1.\n');
    process.exit(1);
  }
  const facts = pluginFactsOf(schemas, behaviour);
  const offered = (process.env.PLUGIN_PROTOCOL_VERSIONS ?? String(facts.protocolVersion)).split(',').map(Number);
  if (!offered.includes(facts.protocolVersion)) {
    process.stderr.write(`Terraform offers plugin protocols ${offered.join(',')}; this provider serves ${facts.protocolVersion}.\n`);
    process.exit(1);
  }
  const model = new ProviderModel(schemas, behaviour);
  const server = new grpc.Server({
    'grpc.max_receive_message_length': facts.maxRecvBytes,
    'grpc.max_send_message_length': 256 * 1024 * 1024,
  });
  const proto = loadProto(facts.protocolVersion === 6 ? 'tfplugin6.proto' : 'tfplugin5.proto');
  const pkg = (facts.protocolVersion === 6 ? proto.tfplugin6 : proto.tfplugin5) as grpc.GrpcObject;
  const service = (pkg.Provider as grpc.ServiceClientConstructor).service;
  server.addService(service, implementation(model, facts.protocolVersion));
  const controller = (loadProto('go-plugin.proto').plugin as grpc.GrpcObject).GRPCController as grpc.ServiceClientConstructor;
  server.addService(controller.service, {
    Shutdown: (_call: unknown, cb: Callback) => {
      cb(null, {});
      setImmediate(() => server.tryShutdown(() => process.exit(0)));
    },
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eb-plugin-'));
  fs.chmodSync(dir, 0o700);
  const socket = path.join(dir, 'plugin.sock');
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  process.on('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
  await new Promise<void>((resolve, reject) =>
    server.bindAsync(`unix:${socket}`, grpc.ServerCredentials.createInsecure(), (err) => (err ? reject(err) : resolve())),
  );
  // go-plugin's handshake: core protocol 1, app protocol, network, address, protocol.
  process.stdout.write(`1|${facts.protocolVersion}|unix|${socket}|grpc\n`);
}

function loadProto(file: string): grpc.GrpcObject {
  const definition = protoLoader.loadSync(path.join(protoDir(), file), { keepCase: true, longs: Number, enums: Number, defaults: false, oneofs: true });
  return grpc.loadPackageDefinition(definition);
}

function decodeDynamic(dv: { msgpack?: Buffer; json?: Buffer } | null | undefined, type: CtyType): CtyValue {
  if (!dv) return null;
  if (dv.msgpack && dv.msgpack.length > 0) return decodeMsgpack(dv.msgpack, type);
  if (dv.json && dv.json.length > 0) return decodeJson(JSON.parse(dv.json.toString('utf8')), type);
  return null;
}

function dynamic(value: CtyValue, type: CtyType): { msgpack: Buffer } {
  return { msgpack: Buffer.from(encodeMsgpack(value, type)) };
}

const SEVERITY = { ERROR: 1, WARNING: 2 } as const;

function diagnostics(list: readonly Diagnostic[]): object[] {
  return list.map((d) => ({ severity: SEVERITY[d.severity], summary: d.summary, detail: d.detail ?? '', attribute: d.attribute }));
}

function unary(handler: Handler) {
  return (call: { request: unknown }, cb: Callback) => {
    try {
      cb(null, handler(call.request));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      cb(null, { diagnostics: diagnostics([{ severity: 'ERROR', summary: 'offline provider: ' + message }]) });
    }
  };
}

function implementation(model: ProviderModel, protocol: 5 | 6): grpc.UntypedServiceImplementation {
  const { schemas } = model;
  const resourceType = (t: string) => impliedType(model.resourceSchema(t).block);
  const dataType = (t: string) => impliedType(model.dataSourceSchema(t).block);
  const providerType = impliedType(schemas.provider.block);
  // plugin-SDK providers (v1, and v2 under the muxers) set this flag; Terraform then logs instead of failing on the
  // SDK's known inconsistencies, as with the real providers.
  const legacy = { legacy_type_system: true };
  const handlers: Record<string, Handler> = {
    GetProviderSchema: () => ({
      provider: toProtoSchema(schemas.provider),
      resource_schemas: Object.fromEntries(Object.entries(schemas.resources).map(([k, s]) => [k, toProtoSchema(s)])),
      data_source_schemas: Object.fromEntries(Object.entries(schemas.dataSources).map(([k, s]) => [k, toProtoSchema(s)])),
      diagnostics: [],
    }),
    ValidateProviderConfig: (req) => ({ prepared_config: req.config, diagnostics: [] }),
    ValidateResourceConfig: (req) => ({ diagnostics: diagnostics(model.validateResource(req.type_name, decodeDynamic(req.config, resourceType(req.type_name)))) }),
    ValidateDataResourceConfig: (req) => ({ diagnostics: diagnostics(model.validateDataSource(req.type_name, decodeDynamic(req.config, dataType(req.type_name)))) }),
    UpgradeResourceState: (req) => {
      const raw = req.raw_state?.json ? JSON.parse(Buffer.from(req.raw_state.json).toString('utf8')) : null;
      return { upgraded_state: dynamic(model.upgradeState(req.type_name, raw), resourceType(req.type_name)), diagnostics: [] };
    },
    ConfigureProvider: (req) => ({ diagnostics: diagnostics(model.configure(decodeDynamic(req.config, providerType))) }),
    ReadResource: (req) => {
      const type = resourceType(req.type_name);
      return { new_state: dynamic(model.read(req.type_name, decodeDynamic(req.current_state, type)), type), private: req.private, diagnostics: [] };
    },
    PlanResourceChange: (req) => {
      const type = resourceType(req.type_name);
      const result = model.plan(
        req.type_name,
        decodeDynamic(req.prior_state, type),
        decodeDynamic(req.proposed_new_state, type),
        decodeDynamic(req.config, type),
      );
      return {
        planned_state: dynamic(result.planned, type),
        requires_replace: result.requiresReplace.map((steps) => ({ steps })),
        planned_private: req.prior_private,
        diagnostics: diagnostics(result.diagnostics),
        ...legacy,
      };
    },
    ApplyResourceChange: (req) => {
      const type = resourceType(req.type_name);
      const next = model.apply(req.type_name, decodeDynamic(req.prior_state, type), decodeDynamic(req.planned_state, type));
      return { new_state: dynamic(next, type), private: req.planned_private, diagnostics: [], ...legacy };
    },
    ImportResourceState: (req) => ({
      imported_resources: [{ type_name: req.type_name, state: dynamic(model.importState(req.type_name, req.id), resourceType(req.type_name)) }],
      diagnostics: [],
    }),
    ReadDataSource: (req) => {
      const type = dataType(req.type_name);
      return { state: dynamic(model.readDataSource(req.type_name, decodeDynamic(req.config, type)), type), diagnostics: [] };
    },
    StopProvider: () => ({ Error: '' }),
  };
  if (protocol === 5) {
    // Protocol 5 names of the same calls.
    const v5: Record<string, string> = {
      GetSchema: 'GetProviderSchema',
      PrepareProviderConfig: 'ValidateProviderConfig',
      ValidateResourceTypeConfig: 'ValidateResourceConfig',
      ValidateDataSourceConfig: 'ValidateDataResourceConfig',
      Configure: 'ConfigureProvider',
      Stop: 'StopProvider',
    };
    for (const [v5name, name] of Object.entries(v5)) handlers[v5name] = handlers[name];
  }
  return Object.fromEntries(Object.entries(handlers).map(([name, h]) => [name, unary(h)]));
}
