/**
 * The company's media pipeline on three clouds: two Alibaba Cloud regions, Tencent Cloud and IBM Cloud, each stack
 * keeping its state in its own cloud (what each backend needs: "Remote state" in evented-buckets' docs/usage.md),
 * its names and tags following the convention in naming.ts.
 */
import * as path from "path";
import { CosBackend, OssBackend, S3Backend, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { alicloud, ibm, tencentcloud } from "evented-buckets";
import { NamingConvention, resourceName, stateKey, tagByConvention } from "./naming";

/** Where Alibaba Cloud stacks keep their state: an OSS bucket, locked through a Tablestore table. */
export interface OssStateProps {
  readonly bucket: string;
  /** Region of the state bucket (one for all Alibaba stacks, whatever region they deploy to). */
  readonly region: string;
  /** `https://<instance>.<region>.ots.aliyuncs.com` */
  readonly tablestoreEndpoint: string;
  /** A Tablestore table whose primary key is the string column `LockID`. */
  readonly tablestoreTable: string;
}

/** Where the Tencent Cloud stack keeps its state: a COS bucket (`<name>-<appid>`); the backend locks by itself. */
export interface CosStateProps {
  readonly bucket: string;
  readonly region: string;
}

/** Where the IBM Cloud stack keeps its state: a COS bucket, reached through its S3-compatible API. */
export interface IbmCosStateProps {
  readonly bucket: string;
  /** Region of the state bucket, e.g. `us-south` (its endpoint is `s3.<region>.cloud-object-storage.appdomain.cloud`). */
  readonly region: string;
}

export interface AlicloudMediaStackProps {
  readonly naming: NamingConvention;
  readonly region: string;
  readonly state: OssStateProps;
  /**
   * A bucket that exists already (made before this project), whose uploads get thumbnails too.
   * @default none
   */
  readonly legacyBucketName?: string | undefined;
}

/**
 * One Alibaba Cloud region: a photo bucket with two functions (thumbnails of photos, previews of scans, each on
 * its own prefix) and, where one exists, an imported bucket whose uploads get thumbnails in the photo bucket.
 */
export class AlicloudMediaStack extends TerraformStack {
  public readonly photos: alicloud.EventedBucket;

  constructor(scope: Construct, id: string, props: AlicloudMediaStackProps) {
    super(scope, id);
    tagByConvention(this, props.naming);
    new OssBackend(this, {
      bucket: props.state.bucket,
      region: props.state.region,
      key: stateKey(props.naming, id),
      tablestoreEndpoint: props.state.tablestoreEndpoint,
      tablestoreTable: props.state.tablestoreTable,
      encrypt: true,
    });
    new alicloud.AlicloudProvider(this, "alicloud", { region: props.region });
    const name = (purpose: string) => resourceName(props.naming, props.region, purpose);

    this.photos = new alicloud.EventedBucket(this, "Photos", { bucketName: name("photos") });
    const thumbnails = new alicloud.ResizeFunction(this, "Thumbnails", {
      functionName: name("thumbnails"),
      destinationPrefix: "thumbnails/",
      sizes: [{ width: 128, height: 128 }, { width: 512, name: "medium" }],
    });
    const previews = new alicloud.ResizeFunction(this, "Previews", {
      functionName: name("previews"),
      destinationPrefix: "previews/",
      sizes: [{ width: 1024 }],
      format: "webp",
    });
    this.photos.onObjectCreated(thumbnails, { prefix: "uploads/photos/" });
    this.photos.onObjectCreated(previews, { prefix: "uploads/scans/" });

    // The company's own handler: removed uploads are recorded under audit/, the only place it may write.
    const audit = new alicloud.NodejsFunction(this, "Audit", {
      entry: path.join(__dirname, "handlers", "audit-alicloud.ts"),
      functionName: name("audit"),
      timeout: 30,
      environment: { AUDIT_PREFIX: "audit/" },
    });
    this.photos.onObjectRemoved(audit, { prefix: "uploads/" });
    this.photos.grantWrite(audit, "audit/*");

    if (props.legacyBucketName !== undefined) {
      // An imported bucket's thumbnails land in the photo bucket, next to the others.
      const legacy = alicloud.EventedBucket.fromBucketName(this, "Legacy", props.legacyBucketName, { region: props.region });
      const legacyThumbnails = new alicloud.ResizeFunction(this, "LegacyThumbnails", {
        functionName: name("legacy-thumbnails"),
        destinationBucket: this.photos,
        destinationPrefix: "thumbnails/legacy/",
        sizes: [{ width: 128, height: 128 }],
      });
      legacy.onObjectCreated(legacyThumbnails, { prefix: "incoming/" });
    }

    new TerraformOutput(this, "photos_bucket", { value: this.photos.bucket.bucket });
    new TerraformOutput(this, "thumbnails_function", { value: thumbnails.function.functionName });
  }
}

export interface TencentMediaStackProps {
  readonly naming: NamingConvention;
  readonly region: string;
  readonly state: CosStateProps;
  /** The account's APPID. @default looked up at plan time */
  readonly appId?: string | undefined;
}

/** Tencent Cloud: a photo bucket whose uploads get thumbnails (SCF, sharp's wasm32 build). */
export class TencentMediaStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: TencentMediaStackProps) {
    super(scope, id);
    tagByConvention(this, props.naming);
    new CosBackend(this, {
      bucket: props.state.bucket,
      region: props.state.region,
      key: stateKey(props.naming, id),
      encrypt: true,
    });
    new tencentcloud.TencentcloudProvider(this, "tencentcloud", { region: props.region });
    const name = (purpose: string) => resourceName(props.naming, props.region, purpose);

    const photos = new tencentcloud.EventedBucket(this, "Photos", { bucketName: name("photos"), appId: props.appId });
    const thumbnails = new tencentcloud.ResizeFunction(this, "Thumbnails", {
      functionName: name("thumbnails"),
      appId: props.appId,
      destinationPrefix: "thumbnails/",
      sizes: [{ width: 128, height: 128 }],
    });
    photos.onObjectCreated(thumbnails, { prefix: "uploads/" });

    const audit = new tencentcloud.NodejsFunction(this, "Audit", {
      entry: path.join(__dirname, "handlers", "audit-tencentcloud.ts"),
      functionName: name("audit"),
      appId: props.appId,
      environment: { AUDIT_PREFIX: "audit/" },
    });
    photos.onObjectRemoved(audit, { prefix: "uploads/" });
    photos.grantWrite(audit, "audit/*");
    new TerraformOutput(this, "photos_bucket", { value: photos.bucket.bucket });
  }
}

export interface IbmMediaStackProps {
  readonly naming: NamingConvention;
  readonly region: string;
  readonly state: IbmCosStateProps;
  /** The image `evented-buckets ibm-image-context` prepared, pushed to IBM Container Registry. */
  readonly imageReference: string;
}

/** IBM Cloud: a regional COS bucket whose uploads reach a Code Engine app. */
export class IbmMediaStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: IbmMediaStackProps) {
    super(scope, id);
    tagByConvention(this, props.naming);
    // IBM COS speaks the S3 API with HMAC keys (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY); the checks that only
    // AWS can answer are turned off. No locking: IBM COS offers no lock table.
    new S3Backend(this, {
      bucket: props.state.bucket,
      key: stateKey(props.naming, id),
      region: props.state.region,
      endpoints: { s3: `https://s3.${props.state.region}.cloud-object-storage.appdomain.cloud` },
      usePathStyle: true,
      skipCredentialsValidation: true,
      skipRegionValidation: true,
      skipRequestingAccountId: true,
      skipMetadataApiCheck: true,
      skipS3Checksum: true,
    });
    new ibm.IbmProvider(this, "ibm", { region: props.region });
    const name = (purpose: string) => resourceName(props.naming, props.region, purpose);

    const photos = new ibm.EventedBucket(this, "Photos", { bucketName: name("photos") });
    const registryApiKey = new TerraformVariable(this, "registry_api_key", {
      type: "string",
      sensitive: true,
      description: "IBM Cloud API key that may pull the resize image from IBM Container Registry.",
    });
    const thumbnails = new ibm.ResizeFunction(this, "Thumbnails", {
      appName: name("thumbnails"),
      imageReference: props.imageReference,
      registryCredentials: { password: registryApiKey.stringValue },
      destinationPrefix: "thumbnails/",
      sizes: [{ width: 128, height: 128 }],
    });
    photos.onObjectCreated(thumbnails, { prefix: "uploads/" });
    new TerraformOutput(this, "photos_bucket", { value: photos.bucket.bucketName });
  }
}
