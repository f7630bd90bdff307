import "cdktf/lib/testing/adapters/jest"; // Load types for expect matchers
import "evented-buckets/testing"; // and the type of toConformToProviderSchemas
import { Testing } from "cdktf";
import { alicloud, ibm, tencentcloud } from "evented-buckets";
import * as alicloudEntry from "evented-buckets/alicloud";
import * as ibmEntry from "evented-buckets/ibm";
import * as tencentcloudEntry from "evented-buckets/tencentcloud";
import { Fcv3Function, Fcv3Trigger, OssBucket } from "evented-buckets/providers/alicloud";
import { CodeEngineApp, ResourceInstance } from "evented-buckets/providers/ibm";
import { CosBucket, ScfFunction } from "evented-buckets/providers/tencentcloud";
import { AlicloudMediaStack, IbmMediaStack, TencentMediaStack } from "../company";

const naming = { company: "acme", environment: "test" };
const ossState = {
  bucket: "acme-terraform-state",
  region: "cn-hangzhou",
  tablestoreEndpoint: "https://acme-tf.cn-hangzhou.ots.aliyuncs.com",
  tablestoreTable: "terraform_locks",
};

/**
 * The zip's digests change with every release of the function's dependencies: keep them out of snapshots (the asset
 * folders, the staged object's SHA-256 key, its MD5 and the CRC-64 checksum).
 */
function withoutAssetHashes(json: string): string {
  return json
    .replace(/assets\/FunctionZip[0-9A-F]{12}\//g, "assets/FunctionZip<hash>/")
    .replace(/assets\/([A-Za-z0-9_<>]+)\/[0-9A-F]{32}\//g, "assets/$1/<hash>/")
    .replace(/\/[0-9a-f]{64}\.zip/g, "/<sha256>.zip")
    .replace(/"checksum": "[0-9]+"/g, '"checksum": "<crc64>"')
    .replace(/"content_md5": "[A-Za-z0-9+\/=]+"/g, '"content_md5": "<md5>"');
}

function hangzhou(): AlicloudMediaStack {
  return new AlicloudMediaStack(Testing.app(), "media-hangzhou", {
    naming,
    region: "cn-hangzhou",
    state: ossState,
    legacyBucketName: "acme-legacy-media",
  });
}

function guangzhou(): TencentMediaStack {
  return new TencentMediaStack(Testing.app(), "media-guangzhou", {
    naming, region: "ap-guangzhou", appId: "1250000000", state: { bucket: "acme-terraform-state-1250000000", region: "ap-guangzhou" },
  });
}

function dallas(): IbmMediaStack {
  return new IbmMediaStack(Testing.app(), "media-dallas", {
    naming, region: "us-south", imageReference: "us.icr.io/acme/resize:1.0.0", state: { bucket: "acme-terraform-state", region: "us-south" },
  });
}

describe("the company's media stacks", () => {
  it("match the snapshot", () => {
    expect(withoutAssetHashes(Testing.synth(hangzhou()))).toMatchSnapshot();
  });

  it("name the Alibaba resources by the convention and wire two functions to one bucket", () => {
    const json = Testing.synth(hangzhou());
    expect(json).toHaveResourceWithProperties(OssBucket, { bucket: "acme-test-hz-photos" });
    expect(json).toHaveResourceWithProperties(Fcv3Function, { function_name: "acme-test-hz-thumbnails", runtime: "nodejs20" });
    expect(json).toHaveResourceWithProperties(Fcv3Function, { function_name: "acme-test-hz-previews" });
    expect(json).toHaveResourceWithProperties(Fcv3Trigger, {
      trigger_type: "oss",
      source_arn: expect.stringContaining(":acme-legacy-media"),
    });
  });

  it("keeps each cloud's state in that cloud", () => {
    const ali = JSON.parse(Testing.synth(hangzhou()));
    expect(ali.terraform.backend.oss).toMatchObject({ bucket: "acme-terraform-state", key: "test/media-hangzhou.tfstate", tablestore_table: "terraform_locks" });

    const tencentJson = Testing.synth(guangzhou());
    expect(JSON.parse(tencentJson).terraform.backend.cos).toMatchObject({ bucket: "acme-terraform-state-1250000000", key: "test/media-guangzhou.tfstate" });
    expect(tencentJson).toHaveResourceWithProperties(ScfFunction, { name: "acme-test-gz-thumbnails" });

    const ibmJson = Testing.synth(dallas());
    expect(JSON.parse(ibmJson).terraform.backend.s3).toMatchObject({
      endpoints: { s3: "https://s3.us-south.cloud-object-storage.appdomain.cloud" },
      use_path_style: true,
    });
    expect(ibmJson).toHaveResourceWithProperties(CodeEngineApp, { name: "acme-test-dal-thumbnails" });
  });

  it("tag every taggable resource by the convention, on each cloud", () => {
    const tags = (stack: string) => ({ company: "acme", environment: "test", stack, "managed-by": "cdktf" });
    const ali = Testing.synth(hangzhou());
    expect(ali).toHaveResourceWithProperties(OssBucket, { bucket: "acme-test-hz-photos", tags: tags("media-hangzhou") });
    expect(ali).toHaveResourceWithProperties(Fcv3Function, { function_name: "acme-test-hz-previews", tags: tags("media-hangzhou") });

    const tencent = Testing.synth(guangzhou());
    expect(tencent).toHaveResourceWithProperties(CosBucket, { tags: tags("media-guangzhou") });
    expect(tencent).toHaveResourceWithProperties(ScfFunction, { name: "acme-test-gz-thumbnails", tags: tags("media-guangzhou") });

    // IBM user tags are "key:value" strings.
    expect(Testing.synth(dallas())).toHaveResourceWithProperties(ResourceInstance, {
      tags: expect.arrayContaining(["company:acme", "environment:test", "stack:media-dallas", "managed-by:cdktf"]),
    });
  });

  it("reach the same classes through the per-cloud entry points as through the root's namespaces", () => {
    expect(alicloudEntry.EventedBucket).toBe(alicloud.EventedBucket);
    expect(tencentcloudEntry.ResizeFunction).toBe(tencentcloud.ResizeFunction);
    expect(ibmEntry.ResizeJob).toBe(ibm.ResizeJob);
  });

  it("use only what the pinned provider schemas declare", () => {
    expect(Testing.synth(hangzhou())).toConformToProviderSchemas();
  });
  it("run the company's own handlers on removals, granted write on audit/ only", () => {
    interface Statement { readonly Action: readonly string[]; readonly Resource: readonly string[] }
    const objectStatements = (documents: readonly string[]): Statement[] => documents
      .map((d) => JSON.parse(d) as { Statement: Statement[] })
      .flatMap((d) => d.Statement)
      .filter((st) => st.Resource.some((r) => r.includes("/audit/")));

    const ali = Testing.synth(hangzhou());
    expect(ali).toHaveResourceWithProperties(Fcv3Function, { function_name: "acme-test-hz-audit", handler: "index.handler" });
    const aliPolicies = Object.values(JSON.parse(ali).resource.alicloud_ram_policy as Record<string, { policy_document: string }>);
    expect(objectStatements(aliPolicies.map((p) => p.policy_document)).map((st) => [st.Action, st.Resource]))
      .toEqual([[["oss:PutObject"], ["acs:oss:*:*:acme-test-hz-photos/audit/*"]]]);

    const tencent = Testing.synth(guangzhou());
    expect(tencent).toHaveResourceWithProperties(ScfFunction, { name: "acme-test-gz-audit", handler: "index.main_handler" });
    // CAM documents spell their keys in lower case.
    const camPolicies = Object.values(JSON.parse(tencent).resource.tencentcloud_cam_policy as Record<string, { document: string }>);
    const audit = camPolicies
      .flatMap((p) => (JSON.parse(p.document) as { statement: { action: string[]; resource: string[] }[] }).statement)
      .filter((st) => st.resource.some((r) => r.includes("/audit/")));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.action).toContain("name/cos:PutObject");
    expect(audit[0]?.action).not.toContain("name/cos:GetObject");
  });
});
