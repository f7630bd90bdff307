/** How a user's Node.js entry is bundled and what ships beside it, on every cloud. */
export interface NodejsBundlingOptions {
  /**
   * Modules left as `require` calls and not shipped: the runtime, a layer or the image provides them.
   * @default none
   */
  readonly externalModules?: readonly string[];
  /**
   * Packages shipped as real `node_modules` beside `index.js` instead of being bundled (native code such as sharp,
   * dynamic requires), with their dependencies. Each must be installed where synth runs.
   * @default none
   */
  readonly nodeModules?: readonly string[];
  /** Also shorten identifiers (names of functions and classes are kept). @default false */
  readonly minify?: boolean;
  /**
   * Append an inline source map and run Node.js with `--enable-source-maps`, so stack traces in the logs name the
   * sources.
   * @default false
   */
  readonly sourceMap?: boolean;
}
