/**
 * The same handler on SCF (called as `index.main_handler`), with the execution role's keys from the environment.
 */
import * as tencentcloud from "evented-buckets/runtime/tencentcloud";

export const main_handler: tencentcloud.ScfHandler<{ recorded: number }> = async (event, context) => {
  const store = tencentcloud.cosStoreForInvocation(context);
  const prefix = process.env.AUDIT_PREFIX ?? "audit/";
  let recorded = 0;
  for (const e of tencentcloud.parseCosEvent(event).events) {
    if (e.eventKind !== "removed") continue;
    const record = { bucket: e.bucket, key: e.key, eventName: e.eventName, time: e.time };
    await store.put(e.bucket, `${prefix}${e.key}.json`, Buffer.from(JSON.stringify(record)), { contentType: "application/json", metadata: {} });
    recorded++;
  }
  return { recorded };
};
