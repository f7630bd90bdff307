import { PluginFacts } from '../provider-behaviour';

/**
 * How each pinned provider's plugin talks to Terraform, read from its go.mod, main.go and SDK source. Used when the
 * provider's behaviour file (`schemas/<name>.behaviour.json`) has no `plugin` entry; the behaviour file wins.
 */
export const DEFAULT_PLUGIN_FACTS: Readonly<Record<string, PluginFacts>> = {
  'aliyun/alicloud': {
    protocolVersion: 5,
    sdk: 'terraform-plugin-sdk v1.17.2',
    // go-plugin's DefaultGRPCServer is grpc.NewServer(opts...) without MaxRecvMsgSize: grpc-go's 4 MiB default.
    maxRecvBytes: 4 * 1024 * 1024,
    source:
      'terraform-provider-alicloud go.mod:40 (terraform-plugin-sdk v1.17.2), main.go:9 (plugin.Serve); ' +
      'terraform-plugin-sdk v1.17.2 plugin/serve.go:79 (GRPCServer: plugin.DefaultGRPCServer, no MaxRecvMsgSize)',
  },
  'tencentcloudstack/tencentcloud': {
    protocolVersion: 5,
    sdk: 'terraform-plugin-go v0.31.0 (tf5muxserver over terraform-plugin-sdk/v2 v2.40.1 and terraform-plugin-framework v1.19.0)',
    maxRecvBytes: 256 * 1024 * 1024,
    source:
      'terraform-provider-tencentcloud go.mod:115 (terraform-plugin-go v0.31.0), main.go:43 (tf5server.Serve); ' +
      'terraform-plugin-go v0.31.0 tfprotov5/tf5server/server.go:88 (grpcMaxMessageSize = 256 << 20), :285 (grpc.MaxRecvMsgSize)',
  },
  'ibm-cloud/ibm': {
    protocolVersion: 6,
    sdk: 'terraform-plugin-go v0.31.0 (tf6muxserver over terraform-plugin-sdk/v2 v2.40.0 via tf5to6server and terraform-plugin-framework v1.19.0)',
    maxRecvBytes: 256 * 1024 * 1024,
    source:
      'terraform-provider-ibm go.mod:56 (terraform-plugin-go v0.31.0), main.go:46 (tf6server.Serve); ' +
      'terraform-plugin-go v0.31.0 tfprotov6/tf6server/server.go:89 (grpcMaxMessageSize = 256 << 20), :286 (grpc.MaxRecvMsgSize)',
  },
};
