export * from './matchers';
export * from './schema-check';
export * from './provider-behaviour';
export * from './behaviour-check';
