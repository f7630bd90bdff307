/**
 * The audit handler on IBM Cloud Code Engine: each delivery of a COS "delete" subscription becomes one audit record
 * (see audit.ts), written with the component's trusted profile. Exported as `handler` for `ibm.NodejsApp` /
 * `ibm.NodejsJob`; a storage error throws, so Code Engine redelivers (app) or reruns (job).
 */
import * as ibm from '../../../lib/runtime/ibm';
import { auditTargetFromEnv, recordRemovedObjects } from './audit';

let store: ReturnType<typeof ibm.cosStoreFromEnvironment> | undefined;

export async function handler(delivery: ibm.CodeEngineDelivery): Promise<{ recorded: number; skipped: number }> {
  store ??= ibm.cosStoreFromEnvironment();
  return recordRemovedObjects(ibm.objectEventsFromDelivery(delivery), store, auditTargetFromEnv());
}
