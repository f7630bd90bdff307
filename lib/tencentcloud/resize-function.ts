import { Construct } from 'constructs';
import { RESIZE_ENTRIES, RESIZE_OMITTED_MODULES, RESIZE_SHIPPED_MODULES } from '../../functions/resize/bundle';
import { ResizeConfig } from '../../functions/resize/src/config';
import { ImageEngine } from '../core/packaging';
import { ResizeFunctionOptions, ResizeWiring } from '../core/resize-wiring';
import type { IEventedBucket } from './evented-bucket';
import { CosTriggerBinding } from './handler';
import { NodejsFunction, ScfFunctionOptions } from './nodejs-function';
import { SCF_ENVIRONMENT, ScfNodeRuntime } from './scf-settings';

/** The runtimes the packaged resize function is built and tested for. */
const RESIZE_RUNTIMES = [ScfNodeRuntime.NODEJS_18_15, ScfNodeRuntime.NODEJS_20_15];

export interface ResizeFunctionProps extends ScfFunctionOptions, ResizeFunctionOptions<IEventedBucket> {
  /** @default - "Resizes images from COS object events." */
  readonly description?: string;
  /** @default ScfNodeRuntime.NODEJS_18_15 (Nodejs20.15 also works) */
  readonly runtime?: ScfNodeRuntime;
  /** Image engine shipped in the zip. @default ImageEngine.WASM32 (SCF runs CentOS 7, too old for the native build) */
  readonly imageEngine?: ImageEngine;
  /** Memory in MB: a multiple of 128 from 128 to 3072. @default 1024 */
  readonly memorySize?: number;
  /** Seconds, 1-900. @default 60 */
  readonly timeout?: number;
}

/**
 * The packaged image-resize function on Tencent Cloud SCF: a {@link NodejsFunction} whose entry is the library's
 * resize adapter, with sharp's wasm32 build (SCF's CentOS 7 has glibc 2.17). Binding it to a bucket grants it read on
 * the trigger prefix; its destination gets write (and read, for the check that it never overwrites an object it did
 * not write), and its runtime configuration holds exactly the filters its triggers were given.
 */
export class ResizeFunction extends NodejsFunction {
  private readonly wiring: ResizeWiring<IEventedBucket>;

  constructor(scope: Construct, id: string, props: ResizeFunctionProps = {}) {
    super(scope, id, {
      ...props,
      entry: RESIZE_ENTRIES.tencentcloud.entryPoint,
      handler: RESIZE_ENTRIES.tencentcloud.handler.replace(/^index\./, ''),
      description: props.description ?? 'Resizes images from COS object events.',
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? 60,
      // Set below, with the runtime configuration.
      environment: undefined,
      bundling: { nodeModules: RESIZE_SHIPPED_MODULES, imageEngine: props.imageEngine ?? ImageEngine.WASM32 },
    }, {
      omitModules: RESIZE_OMITTED_MODULES,
      runtimes: RESIZE_RUNTIMES,
      roleDescription: (path) => `Runs function ${path}: reads its trigger prefixes, writes its output prefix.`,
    });
    // The function heads each output key before writing it (it never overwrites an object it did not write).
    this.wiring = new ResizeWiring<IEventedBucket>(this, { ...props, bindings: this.bindings, readsDestination: true });
    this.function.environment = this.wiring.environment(SCF_ENVIRONMENT, props.environment);
  }

  public override bindCosTrigger(binding: CosTriggerBinding): void {
    this.wiring.bind(binding);
  }

  /** The runtime configuration: exactly the filters the triggers were given. */
  public get resizeConfig(): ResizeConfig {
    return this.wiring.config();
  }
}
