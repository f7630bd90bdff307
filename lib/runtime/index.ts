/**
 * `evented-buckets/runtime`: what handler code imports, on any cloud. It depends on neither cdktf nor constructs,
 * so a handler bundles small: cloud-neutral object events, the storage seam, key decoding and structured logs.
 */
export * from './events';
export * from './storage';
export * from './key-encoding';
export * from './log';
export * from './is-record';
export * as alicloud from './alicloud';
export * as ibm from './ibm';
export * as tencentcloud from './tencentcloud';
