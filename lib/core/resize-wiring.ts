import { Lazy } from 'cdktf';
import { IConstruct } from 'constructs';
import { RESIZE_CONFIG_ENV } from '../../functions/resize/src/config';
import type { AnimationMode, FitMode, OutputFormat, ResizeConfig, ResizeTarget, SourceFilter } from '../../functions/resize/src/config';
import { asciiJson, checkEnvironmentNames, checkEnvironmentSize, EnvironmentRules } from './environment';
import { ConfigurationError } from './errors';
import { ObjectAccess } from './grants';
import { IBucketRef, sameBucket } from './notifications';
import { EventBinding, FunctionBindings } from './function-bindings';
import { validateResizeOptions } from './resize-options';
import { escapeTerraformTemplate } from './tokens';

/** What every cloud's ResizeFunction accepts about the resizing itself and where outputs go. */
export interface ResizeFunctionOptions<B extends IBucketRef = IBucketRef> {
  /**
   * Bucket the resized images are written to.
   * @default the bucket whose events invoke the function (the function may then be bound to one bucket only)
   */
  readonly destinationBucket?: B;
  /** Prefix the resized images are written under; must not be empty. @default 'processed/' */
  readonly destinationPrefix?: string;
  /** Output sizes; several sizes each get a folder (`name`, default `<w>x<h>`). @default [{ width: 128, height: 128 }] */
  readonly sizes?: readonly ResizeTarget[];
  /** @default 'inside' (fit within the box, keep the aspect ratio) */
  readonly fit?: FitMode;
  /** @default 'keep' */
  readonly format?: OutputFormat;
  /** Quality of lossy outputs, 1-100. @default 80 */
  readonly quality?: number;
  /** Inputs with more pixels (over all decoded frames) are refused: decompression bombs. @default 100_000_000 */
  readonly maxInputPixels?: number;
  /** Objects larger than this many bytes are refused (the whole object is held in memory). @default 104_857_600 */
  readonly maxInputBytes?: number;
  /** Colour transparent pixels are flattened onto in JPEG output, `#rgb` or `#rrggbb`. @default '#ffffff' */
  readonly background?: string;
  /** Animated GIF/WebP: a still of the first frame, or every frame (GIF/WebP output only). @default 'first-frame' */
  readonly animated?: AnimationMode;
}

/** A notification being bound to a resize function, as every cloud describes it. */
export type ResizeBinding<B extends IBucketRef = IBucketRef> = EventBinding<B>;

export interface ResizeWiringProps<B extends IBucketRef = IBucketRef> extends ResizeFunctionOptions<B> {
  /**
   * The function's notifications and grants. The wiring adds WRITE on the destination prefix, once it is known (and
   * READ there with `readsDestination`), and READ on every binding's prefix; the bindings check limits and recursion.
   */
  readonly bindings: FunctionBindings<B>;
  /**
   * Also grant READ on the destination prefix, once it is known: for a function that reads each output's metadata
   * before writing it (it never overwrites an object it did not write) and whose cloud has no other way to allow that.
   * @default false
   */
  readonly readsDestination?: boolean;
}

/**
 * What a resize function is wired to, whatever the cloud: its destination, the notifications that invoke it, and
 * the runtime configuration derived from both. Binding checks the cloud's limit, the destination's ambiguity and
 * recursion, so every cloud's ResizeFunction fails the same way for the same mistake.
 */
export class ResizeWiring<B extends IBucketRef = IBucketRef> {
  public readonly destinationPrefix: string;
  public readonly targets: readonly ResizeTarget[];
  private readonly sources: SourceFilter[] = [];
  private destinationBucket?: B;

  constructor(private readonly owner: IConstruct, private readonly props: ResizeWiringProps<B>) {
    this.destinationPrefix = props.destinationPrefix ?? 'processed/';
    this.targets = validateResizeOptions(owner, { ...props, destinationPrefix: this.destinationPrefix });
    if (props.destinationBucket) this.setDestination(props.destinationBucket);
  }

  /** The bucket outputs go to, once known. */
  public get destination(): B | undefined {
    return this.destinationBucket;
  }

  public bind(b: ResizeBinding<B>): void {
    if (!this.destinationBucket) this.setDestination(b.bucket);
    if (!this.props.destinationBucket && !sameBucket(this.destinationBucket!, b.bucket)) {
      throw new ConfigurationError(b.scope,
        `Function ${this.owner.node.path} writes to the bucket that triggers it, and it is already bound to ${this.destinationBucket!.node.path}; a second bucket leaves its destination ambiguous.`,
        'give the function an explicit destinationBucket, or use one function per bucket.');
    }
    this.props.bindings.bind(b);
    this.sources.push({ bucket: b.bucket.bucketName, prefix: b.filter.prefix, suffix: b.filter.suffix });
    this.props.bindings.grant(ObjectAccess.READ, b.bucket, b.filter.prefix, b.scope);
  }

  /** The runtime configuration: exactly the filters the notifications were given, so the function's guard matches them. */
  public config(): ResizeConfig {
    if (!this.destinationBucket) {
      throw new ConfigurationError(this.owner, 'The function has no destination: it is bound to no bucket and has no destinationBucket.',
        'bind it with bucket.onObjectCreated(fn, { prefix }) or set destinationBucket.');
    }
    const key = (s: SourceFilter) => `${s.bucket}\0${s.prefix}\0${s.suffix}`;
    const sources = [...this.sources].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    return {
      destination: { bucket: this.destinationBucket.bucketName, prefix: this.destinationPrefix },
      sources,
      targets: this.targets,
      fit: this.props.fit ?? 'inside',
      withoutEnlargement: true,
      format: this.props.format ?? 'keep',
      quality: this.props.quality ?? 80,
      maxInputPixels: this.props.maxInputPixels ?? 100_000_000,
      maxInputBytes: this.props.maxInputBytes ?? 104_857_600,
      background: this.props.background ?? '#ffffff',
      animated: this.props.animated ?? 'first-frame',
    };
  }

  /**
   * The function's environment: the user's variables (checked against the cloud's rules), the variables the construct
   * sets itself, and the runtime configuration as a lazy value, rendered (and size-checked) once every notification
   * is bound.
   */
  public environment(
    rules: EnvironmentRules,
    user: Readonly<Record<string, string>> = {},
    own: Readonly<Record<string, string>> = {},
    reserved: readonly string[] = [],
  ): Record<string, string> {
    checkEnvironmentNames(this.owner, user, rules, [RESIZE_CONFIG_ENV, ...Object.keys(own), ...reserved]);
    const env: Record<string, string> = {
      ...user,
      // glibc's per-thread arenas make a Node.js process with libvips hold far more memory than it uses.
      MALLOC_ARENA_MAX: user.MALLOC_ARENA_MAX ?? '2',
      ...own,
    };
    env[RESIZE_CONFIG_ENV] = Lazy.stringValue({
      produce: () => {
        const json = asciiJson(this.config());
        checkEnvironmentSize(this.owner, { ...env, [RESIZE_CONFIG_ENV]: json }, rules);
        // Prefixes are user text: `${` in one must not become Terraform template syntax.
        return escapeTerraformTemplate(json);
      },
    });
    return env;
  }

  private setDestination(bucket: B): void {
    this.destinationBucket = bucket;
    this.props.bindings.grant(ObjectAccess.WRITE, bucket, this.destinationPrefix, this.owner);
    if (this.props.readsDestination) this.props.bindings.grant(ObjectAccess.READ, bucket, this.destinationPrefix, this.owner);
  }
}
