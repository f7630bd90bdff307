import { Construct } from 'constructs';
import { RESIZE_ENTRIES, RESIZE_SHIPPED_MODULES } from '../../functions/resize/bundle';
import { ResizeConfig } from '../../functions/resize/src/config';
import { ImageEngine } from '../core/packaging';
import { ResizeFunctionOptions, ResizeWiring } from '../core/resize-wiring';
import type { IEventedBucket } from './evented-bucket';
import { OssTriggerBinding } from './handler';
import { FC_ENVIRONMENT, NodejsFunction, NodejsFunctionProps } from './nodejs-function';

/** The function's entry: the Function Compute adapter of the shared resize code. */
export const ALICLOUD_RESIZE_ENTRY = RESIZE_ENTRIES.alicloud.entryPoint;


export interface ResizeFunctionProps extends Omit<NodejsFunctionProps, 'entry' | 'handler' | 'bundling'>, ResizeFunctionOptions<IEventedBucket> {
  /** @default - "Resizes images from OSS object events." */
  readonly description?: string;
  /**
   * Memory in MB: a multiple of 64 from 128 to 32768, 1 to 4 GB per vCPU. 1024 MB decodes a 12 MP photo with room to spare.
   * @default 1024
   */
  readonly memorySize?: number;
  /** vCPUs: a multiple of 0.05 from 0.05 to 16. @default 1 */
  readonly cpu?: number;
  /** sharp 0.35 needs Node.js 20.9 or later: any other runtime is refused. @default FcNodeRuntime.NODEJS_20 */
  readonly runtime?: NodejsFunctionProps['runtime'];
  /** Image engine shipped in the zip. @default ImageEngine.LINUX_X64 (FC runs Debian with glibc 2.28) */
  readonly imageEngine?: ImageEngine;
}

/**
 * The packaged image-resize function on Function Compute 3.0: a `NodejsFunction` whose entry is the shared resize
 * code (with sharp for linux-x64 shipped beside it), with its own configuration and guard.
 *
 * Every notification that invokes it grants it read access to the notified prefix and adds its filter to the
 * runtime configuration (`RESIZE_CONFIG`), so the function's guard uses exactly the filters OSS was given; it may
 * read and write its destination prefix (it reads outputs back before overwriting one).
 */
export class ResizeFunction extends NodejsFunction {
  private readonly wiring: ResizeWiring<IEventedBucket>;

  constructor(scope: Construct, id: string, props: ResizeFunctionProps = {}) {
    super(scope, id, {
      ...props,
      entry: ALICLOUD_RESIZE_ENTRY,
      handler: RESIZE_ENTRIES.alicloud.handler.replace(/^index\./, ''),
      description: props.description ?? 'Resizes images from OSS object events.',
      memorySize: props.memorySize ?? 1024,
      cpu: props.cpu ?? 1,
      environment: undefined,
      bundling: { nodeModules: RESIZE_SHIPPED_MODULES, imageEngine: props.imageEngine ?? ImageEngine.LINUX_X64 },
    }, {
      roleDescription: (path) => `Runs function ${path}: reads its trigger prefixes, writes its output prefix.`,
    });
    // Before each write the function reads the output's metadata (HeadObject, which RAM checks as `oss:GetObject`), so
    // it never overwrites an object it did not write.
    this.wiring = new ResizeWiring<IEventedBucket>(this, { ...props, bindings: this.bindings, readsDestination: true });
    for (const [name, value] of Object.entries(this.wiring.environment(FC_ENVIRONMENT, props.environment))) this.addEnvironment(name, value);
  }

  public bindOssTrigger(binding: OssTriggerBinding): void {
    this.wiring.bind(binding);
  }

  /** The runtime configuration: exactly the filters the triggers were given, so the function's guard matches them. */
  public get resizeConfig(): ResizeConfig {
    return this.wiring.config();
  }
}
