import { AssetType, TerraformAsset } from 'cdktf';
import { Construct } from 'constructs';
import { buildFunctionPackage, FunctionPackage, FunctionPackageOptions } from './function-package';

/**
 * A function's code zip as a Terraform asset. The asset path contains the hash of the zip, so any change to the
 * code or the shipped packages changes the resource arguments that point at it, and Terraform redeploys.
 */
export class FunctionCodeAsset extends Construct {
  /** Path of the zip relative to the synthesized stack directory, for resource arguments. */
  public readonly path: string;
  /** Hash of the zip contents. */
  public readonly assetHash: string;
  /** The built package (size, shipped packages). */
  public readonly package: FunctionPackage;

  constructor(scope: Construct, id: string, options: FunctionPackageOptions) {
    super(scope, id);
    this.package = buildFunctionPackage(options);
    // The zip's own SHA-256 names the asset, rather than cdktf's hash, which differs between cdktf and cdktn.
    const asset = new TerraformAsset(this, 'Zip', {
      path: this.package.zipPath,
      type: AssetType.FILE,
      assetHash: this.package.sha256.slice(0, 32).toUpperCase(),
    });
    this.path = asset.path;
    this.assetHash = asset.assetHash;
  }
}
