import * as path from 'path';
import { AssetType, TerraformAsset, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { buildFunctionPackage, FunctionPackage, FunctionPackageOptions } from './function-package';

/**
 * A function's code zip as a Terraform asset. The asset path contains the hash of the zip, so any change to the
 * code or the shipped packages changes the resource arguments that point at it, and Terraform redeploys.
 *
 * Functions of one stack that ship the same zip share one asset: `cdktf.out` holds each distinct zip once per
 * stack (Terraform reads a stack's files from its own directory), however many functions use it.
 */
export class FunctionCodeAsset extends Construct {
  /** Path of the zip relative to the synthesized stack directory, for resource arguments. */
  public readonly path: string;
  /** Hash of the zip contents. */
  public readonly assetHash: string;
  /** The built package (size, shipped packages). */
  public readonly package: FunctionPackage;
  /** The stack's asset holding the zip, shared by every function of the stack with the same zip. */
  public readonly asset: TerraformAsset;

  constructor(scope: Construct, id: string, options: FunctionPackageOptions) {
    super(scope, id);
    this.package = packageOnce(this, options);
    this.asset = sharedAsset(TerraformStack.of(this), this.package);
    this.path = this.asset.path;
    this.assetHash = this.asset.assetHash;
  }
}

/**
 * Packages built while one construct tree is assembled, by options: a tree is built from one state of the sources,
 * so a hundred functions with the same options cost one build (which itself rechecks the sources' bytes).
 */
const packagesByApp = new WeakMap<IConstruct, Map<string, FunctionPackage>>();

function packageOnce(scope: IConstruct, options: FunctionPackageOptions): FunctionPackage {
  const root = scope.node.root;
  let built = packagesByApp.get(root);
  if (!built) packagesByApp.set(root, built = new Map());
  const key = JSON.stringify({ ...options, entry: path.resolve(options.entry), resolveFrom: options.resolveFrom && path.resolve(options.resolveFrom) });
  let pkg = built.get(key);
  if (!pkg) built.set(key, pkg = buildFunctionPackage(options));
  return pkg;
}

/**
 * The stack-level asset for a zip, created by the first function that needs it. Its id comes from the zip's hash
 * alone, so its folder name (`assets/FunctionZip<hash>/<hash>/code.zip`) is the same on cdktf and cdktn and does
 * not depend on which function came first. The zip's own SHA-256 names the asset, rather than cdktf's hash, which
 * differs between cdktf and cdktn.
 */
function sharedAsset(stack: TerraformStack, pkg: FunctionPackage): TerraformAsset {
  const assetHash = pkg.sha256.slice(0, 32).toUpperCase();
  const id = `FunctionZip${assetHash.slice(0, 12)}`;
  const existing = stack.node.tryFindChild(id);
  if (existing instanceof TerraformAsset) return existing;
  return new TerraformAsset(stack, id, { path: pkg.zipPath, type: AssetType.FILE, assetHash });
}
