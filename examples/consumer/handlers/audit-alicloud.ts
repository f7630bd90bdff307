/**
 * The company's own handler on Function Compute: each removed upload gets a JSON record under AUDIT_PREFIX of the
 * same bucket, written with the function's STS credentials. Only this cloud's runtime entry is imported, so the
 * bundle carries ali-oss and nothing of cdktf or the other clouds.
 */
import * as alicloud from "evented-buckets/runtime/alicloud";

export const handler = async (event: Buffer, context: alicloud.FcContext): Promise<{ recorded: number }> => {
  const store = alicloud.ossStoreFromContext(context);
  const prefix = process.env.AUDIT_PREFIX ?? "audit/";
  let recorded = 0;
  for (const e of alicloud.parseOssEvent(event).events) {
    if (e.eventKind !== "removed") continue;
    const record = { bucket: e.bucket, key: e.key, eventName: e.eventName, time: e.time };
    await store.put(e.bucket, `${prefix}${e.key}.json`, Buffer.from(JSON.stringify(record)), { contentType: "application/json", metadata: {} });
    recorded++;
  }
  return { recorded };
};
