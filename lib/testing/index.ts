export * from './matchers';
export * from './schema-check';
