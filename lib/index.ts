/**
 * Constructs for "a bucket whose object events run a function", on Alibaba Cloud (and, behind the same core,
 * the other clouds). Cloud folders are namespaces: `alicloud.EventedBucket`, `alicloud.ResizeFunction`, ...
 */
export * from './core';
export * as alicloud from './alicloud';
export * as tencentcloud from './tencentcloud';
export * as ibm from './ibm';
export * as testing from './testing';
