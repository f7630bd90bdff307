export * from './matchers';
export * from './schema-check';
export * from './provider-behaviour';
export * from './behaviour-check';
export {
  planOffline,
  applyOffline,
  runOfflineCycle,
  OfflineWorkspace,
  OfflineTerraformError,
  installOfflineMirror,
} from './offline';
export type { OfflineOptions, OfflineCycleResult, TerraformPlanJson } from './offline';
export { setupOfflineMatchers } from './offline/matchers';
