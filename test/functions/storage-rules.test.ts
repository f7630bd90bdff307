/**
 * The function against the services' real rules, through the real SDKs (ali-oss, cos-nodejs-sdk-v5, ibm-cos-sdk) and
 * the look-alikes of `fake-oss.ts` and s3rver behind the IBM COS proxy (`ibm-cos-server.ts`): objects larger than their event says, user-metadata limits and deterministic 4xx,
 * keys as each cloud encodes them, hung stores, OSS signature V4, and readable storage errors.
 */
import { createAlicloudHandler } from '../../functions/resize/src/adapters/alicloud';
import { createCodeEngineHandler } from '../../functions/resize/src/adapters/ibm-code-engine';
import { createTencentcloudHandler } from '../../functions/resize/src/adapters/tencentcloud';
import { OSS_ENDPOINT_ENV, ossStoreFromContext, type FcContext } from '../../lib/runtime/alicloud';
import { IbmCosObjectStore } from '../../lib/runtime/ibm';
import { CosObjectStore } from '../../lib/runtime/tencentcloud';
import type { ResizeConfig } from '../../functions/resize/src/config';
import type { ProcessResult } from '../../functions/resize/src/process-object';
import { StorageError } from '../../lib/runtime/storage';
import { ceCosBody, ceHeaders } from '../ibm/fake-cos';
import { cosEvent, cosEventKey } from './cos-event';
import { tutorialConfig } from './configs';
import { FakeOss } from './fake-oss';
import { IBM_COS_HMAC, IbmCosServer } from './ibm-cos-server';
import { jpeg, metadata } from './images';
import { withServer } from './with-server';
import { FC_CONTEXT, ossEvent, ossEventKey } from './oss-event';

const COS_BUCKET = 'testpic-1253970026';
const OSS_BUCKET = 'fc-with-oss-trigger';
const IBM_BUCKET = 'photos';
const MAX_INPUT = 1_000_000;

const configFor = (bucket: string): ResizeConfig => tutorialConfig(bucket, { targets: [{ width: 64, height: 64 }], maxInputBytes: MAX_INPUT });

type Log = Record<string, unknown>;

/**
 * Runs `test` with a fresh look-alike and the cloud's handler wired to it through its production store, and stops
 * the server whatever the outcome.
 */
function withLogs<S extends { stop(): Promise<void> }, W>(server: S, wire: (server: S, logs: Log[]) => Promise<W>, test: (wired: W & { logs: Log[] }) => Promise<void>): Promise<void> {
  const logs: Log[] = [];
  return withServer(server, async (s) => ({ ...(await wire(s, logs)), logs }), test);
}

/** Function Compute through ali-oss; `context` is what each invocation passes (its timeout bounds the store's). */
const onFc = (test: (fc: { oss: FakeOss; handler: ReturnType<typeof createAlicloudHandler>; context: FcContext; logs: Log[] }) => Promise<void>, context: FcContext = FC_CONTEXT) =>
  withLogs(new FakeOss({ securityToken: 'TOKEN' }), async (oss, logs) => {
    const endpoint = await oss.start();
    const handler = createAlicloudHandler((ctx) => ossStoreFromContext(ctx, { [OSS_ENDPOINT_ENV]: endpoint }), { config: configFor(OSS_BUCKET), log: (entry) => logs.push(entry) });
    return { oss, handler, context };
  }, test);

/** SCF through cos-nodejs-sdk-v5. */
const onScf = (test: (scf: { cos: FakeOss; handler: ReturnType<typeof createTencentcloudHandler>; logs: Log[] }) => Promise<void>) =>
  withLogs(new FakeOss({ flavour: 'cos', securityToken: 'TOKEN' }), async (cos, logs) => {
    const endpoint = (await cos.start()).replace(/^http:\/\//, '');
    const handler = createTencentcloudHandler(
      (timeouts) => new CosObjectStore({ region: 'ap-chengdu', secretId: 'AKID', secretKey: 'KEY', sessionToken: 'TOKEN', endpoint, timeouts }),
      { config: configFor(COS_BUCKET), log: (entry) => logs.push(entry) },
    );
    return { cos, handler };
  }, test);

/**
 * The Code Engine app through ibm-cos-sdk against s3rver behind the IBM COS proxy. Code Engine does not tell the app
 * its request timeout: the store is given timeouts from `timeoutMs` (by default, from Code Engine's 300 s).
 */
const onCodeEngine = (test: (ce: { cos: IbmCosServer; handler: ReturnType<typeof createCodeEngineHandler>; logs: Log[] }) => Promise<void>, timeoutMs?: number) =>
  withLogs(new IbmCosServer([IBM_BUCKET]), async (cos, logs) => {
    const endpoint = await cos.start();
    const timeouts = timeoutMs === undefined ? undefined : { connectMs: timeoutMs / 6, requestMs: timeoutMs / 6, retries: 0 };
    const store = new IbmCosObjectStore({ endpoint, auth: { kind: 'hmac', ...IBM_COS_HMAC }, ...(timeouts ? { timeouts } : {}) });
    return { cos, handler: createCodeEngineHandler(() => store, { config: configFor(IBM_BUCKET), log: (entry) => logs.push(entry) }) };
  }, test);

describe('an object larger than its event says is never read whole', () => {
  // 40 MB behind an event that says 1 KB; maxInputBytes is 1 MB. Read whole, the download alone is 40 MB.
  const BIG = { size: 40_000_000, headers: { 'content-type': 'image/png' } };
  const withinCap = (served: number) => expect(served).toBeLessThanOrEqual(MAX_INPUT + 1);

  test('OSS (ali-oss): a ranged read, refused as too-large', async () => {
    await onFc(async ({ oss, handler, context }) => {
      oss.virtualObjects.set('source/big.png', BIG);
      const { results } = await handler(ossEvent(['ObjectCreated:PutObject', 'source/big.png', { size: 1024 }]), context);
      expect(results[0]).toMatchObject({ outcome: 'bad-input', reason: 'too-large', inputBytes: 40_000_000 });
      withinCap(oss.bytesServed);
    });
  });

  test('OSS: a store that ignores the range is cut off past maxInputBytes', async () => {
    await onFc(async ({ oss, handler, context }) => {
      oss.ignoreRange = true;
      oss.virtualObjects.set('source/big.png', BIG);
      const { results } = await handler(ossEvent(['ObjectCreated:PutObject', 'source/big.png', { size: 1024 }]), context);
      expect(results[0]).toMatchObject({ outcome: 'bad-input', reason: 'too-large' });
      // What the socket buffers took before the read was abandoned; far from the 40 MB.
      expect(oss.bytesServed).toBeLessThan(12_000_000);
    });
  });

  test('COS (cos-nodejs-sdk-v5): ranged into a stream, never stringified', async () => {
    await onScf(async ({ cos, handler }) => {
      cos.virtualObjects.set('source/big.png', BIG);
      const { results } = await handler(cosEvent('source/big.png', { size: 1024 }), { request_id: 'r' });
      // The SDK reports no headers once the stream refused the body: the size is "over maxInputBytes".
      expect(results[0]).toMatchObject({ outcome: 'bad-input', reason: 'too-large' });
      withinCap(cos.bytesServed);
      // An empty object cannot satisfy a range (416 on COS): still read, as empty.
      cos.objects.set('source/empty.png', { body: Buffer.alloc(0), headers: {} });
      expect((await handler(cosEvent('source/empty.png', { size: null }), {})).results[0]).toMatchObject({ outcome: 'bad-input', reason: 'empty' });
    });
  });

  test('IBM COS (ibm-cos-sdk): ranged and streamed', async () => {
    await onCodeEngine(async ({ cos, handler }) => {
      await cos.seed(IBM_BUCKET, 'source/big.png', Buffer.alloc(BIG.size, 0x41), { contentType: 'image/png' });
      const r = await handler(ceHeaders(IBM_BUCKET, 'source/big.png'), JSON.stringify(ceCosBody(IBM_BUCKET, 'source/big.png', 'Object:Write', 1024)));
      expect(r).toMatchObject({ status: 200, body: { result: { outcome: 'bad-input', reason: 'too-large', inputBytes: 40_000_000 } } });
      withinCap(cos.bytesServed);
      await cos.seed(IBM_BUCKET, 'source/empty.png', Buffer.alloc(0));
      const empty = await handler(ceHeaders(IBM_BUCKET, 'source/empty.png'), JSON.stringify(ceCosBody(IBM_BUCKET, 'source/empty.png', 'Object:Write', null)));
      expect(empty.body.result).toMatchObject({ outcome: 'bad-input', reason: 'empty' });
    });
  });
});

describe('user metadata stays within each store\'s limit; deterministic 4xx are not retried', () => {
  // 232 CJK characters: 696 bytes of key, about 2,090 bytes once percent-encoded into the marker.
  const cjk = `source/${'写真'.repeat(116)}.jpg`;

  test('COS: a long CJK key is resized with a marker COS accepts (it refused the full key with a 400)', async () => {
    await onScf(async ({ cos, handler }) => {
      cos.objects.set(cjk, { body: await jpeg(300, 200), headers: {} });
      const { results } = await handler(cosEvent(cosEventKey(cjk)), { request_id: 'r' });
      expect(results[0]).toMatchObject({ outcome: 'processed', outputs: [{ status: 'written' }] });
      const out = cos.objects.get(cjk.replace('source/', 'processed/'))!;
      expect(out.headers['x-cos-meta-resized-from']).toMatch(/ \[sha256:[0-9a-f]{64}\]$/);
      // A second run recognises its own output by the marker and replaces it.
      expect((await handler(cosEvent(cosEventKey(cjk)), {})).results[0]).toMatchObject({ outcome: 'processed', outputs: [{ status: 'written' }] });
    });
  });

  test('IBM COS: the same key, within S3\'s 2 KB', async () => {
    await onCodeEngine(async ({ cos, handler }) => {
      await cos.seed(IBM_BUCKET, cjk, await jpeg(300, 200));
      const r = await handler(ceHeaders(IBM_BUCKET, encodeURIComponent(cjk)), JSON.stringify(ceCosBody(IBM_BUCKET, cjk)));
      expect(r.body.result).toMatchObject({ outcome: 'processed', outputs: [{ status: 'written' }] });
      const out = await cos.object(IBM_BUCKET, cjk.replace('source/', 'processed/'));
      expect(out?.headers['resized-from']).toMatch(/ \[sha256:[0-9a-f]{64}\]$/);
    });
  });

  test('a 400 from the store is a failure reported once, not retried; 503, 403 and 429 are retried', async () => {
    await onScf(async ({ cos, handler, logs }) => {
      cos.objects.set('source/a.jpg', { body: await jpeg(300, 200), headers: {} });
      cos.failNext('PUT', 400, 'InvalidArgument');
      const { results } = await handler(cosEvent('source/a.jpg'), { request_id: 'r' });
      expect(results[0]).toMatchObject({ outcome: 'failed', reason: 'storage-refused', operation: 'put', retry: false });
      expect(logs.at(-1)).toMatchObject({ level: 'error', outcome: 'failed', retry: false, status: 400, code: 'InvalidArgument', storeRequestId: expect.stringMatching(/^cos-req-/) });
      for (const [status, code] of [[503, 'ServiceUnavailable'], [403, 'AccessDenied'], [429, 'SlowDown'], [400, 'RequestTimeout']] as const) {
        // The COS SDK itself retries a 5xx up to three times: fail all four attempts.
        for (let i = 0; i < (status >= 500 ? 4 : 1); i++) cos.failNext('PUT', status, code);
        await expect(handler(cosEvent('source/a.jpg'), {})).rejects.toMatchObject({ name: 'StorageError', retryable: true, status });
      }
    });
  });

  test('IBM COS: a 400 is answered 200 (not redelivered) and logged with the request id; 503, 403 and 429 are 500', async () => {
    await onCodeEngine(async ({ cos, handler, logs }) => {
      await cos.seed(IBM_BUCKET, 'source/a.jpg', await jpeg(300, 200));
      const deliver = () => handler(ceHeaders(IBM_BUCKET, 'source/a.jpg'), JSON.stringify(ceCosBody(IBM_BUCKET, 'source/a.jpg')));
      cos.failNext('PUT', 400, 'InvalidArgument');
      const refused = await deliver();
      expect(refused).toMatchObject({ status: 200, body: { result: { outcome: 'failed', reason: 'storage-refused', operation: 'put', retry: false } } });
      expect(logs.at(-1)).toMatchObject({ level: 'error', retry: false, status: 400, code: 'InvalidArgument', storeRequestId: expect.stringMatching(/^ibm-cos-req-/) });
      for (const [status, code] of [[503, 'ServiceUnavailable'], [403, 'AccessDenied'], [429, 'SlowDown']] as const) {
        // ibm-cos-sdk retries a 5xx and a 429 once (not a 403): fail every attempt.
        for (let i = 0; i < (status === 403 ? 1 : 2); i++) cos.failNext('PUT', status, code);
        expect((await deliver()).status).toBe(500);
      }
      expect((await deliver()).body).toMatchObject({ outcome: 'processed' });
    });
  });
});

describe('keys as each cloud encodes them', () => {
  test('SCF: a key with a literal %25 is found from the URL and from a raw cosObject.key, in both shapes', async () => {
    await onScf(async ({ cos, handler }) => {
      const key = 'source/100%25 off+.jpg';
      cos.objects.set(key, { body: await jpeg(300, 200), headers: {} });
      const shapes = [
        cosEvent(cosEventKey(key)), // key and URL both encoded
        cosEvent(key, { urlPath: cosEventKey(key) }), // key raw, URL encoded
        cosEvent(key, { urlPath: null }), // key raw, no URL
        cosEvent(cosEventKey(key), { urlPath: null }), // key encoded, no URL
      ];
      for (const event of shapes) {
        cos.objects.delete(key.replace('source/', 'processed/'));
        const { results } = await handler(event, {});
        expect(results[0]).toMatchObject({ outcome: 'processed', key, outputs: [{ key: 'processed/100%25 off+.jpg', status: 'written' }] });
      }
    });
  });

  test('FC: an OSS key read encoded (+ for space) or as it is', async () => {
    await onFc(async ({ oss, handler, context }) => {
      const key = 'source/a+b 100%25.jpg';
      oss.objects.set(key, { body: await jpeg(300, 200), headers: {} });
      for (const sent of [ossEventKey(key), key]) {
        const { results } = await handler(ossEvent(['ObjectCreated:PutObject', sent]), context);
        expect(results[0]).toMatchObject({ outcome: 'processed', key });
      }
    });
  });

  test('Code Engine: the body\'s key and notification.object_name come before the percent-encoded ce-subject', async () => {
    await onCodeEngine(async ({ cos, handler }) => {
      const key = 'source/a%20b.jpg';
      await cos.seed(IBM_BUCKET, key, await jpeg(300, 200));
      const { key: _key, ...withoutKey } = ceCosBody(IBM_BUCKET, key);
      const headers = { ...ceHeaders(IBM_BUCKET, encodeURIComponent(key)) };
      const r = await handler(headers, JSON.stringify(withoutKey));
      expect(r.body.result).toMatchObject({ outcome: 'processed', key });
      // Only the subject: it is decoded.
      const { notification: _n, ...bare } = withoutKey;
      const r2 = await handler(headers, JSON.stringify({ ...bare, notification: { event_type: 'Object:Write', bucket_name: IBM_BUCKET } }));
      expect(r2.body.result).toMatchObject({ outcome: 'processed', key });
    });
  });
});

describe('a hung store ends in a logged, retried error before the function times out', () => {
  const within = async (ms: number, run: () => Promise<unknown>) => {
    const started = Date.now();
    const outcome = await run().then((v) => ({ v }), (e: unknown) => ({ e }));
    expect(Date.now() - started).toBeLessThan(ms);
    return outcome;
  };

  test('FC: from context.function.timeout', async () => {
    await onFc(async ({ oss, handler, logs }) => {
      oss.objects.set('source/a.jpg', { body: await jpeg(300, 200), headers: {} });
      oss.hangNext('GET');
      const outcome = await within(4_000, () => handler(ossEvent(['ObjectCreated:PutObject', 'source/a.jpg']), { ...FC_CONTEXT, function: { timeout: 6 } }));
      expect(outcome).toMatchObject({ e: expect.any(StorageError) });
      expect(logs.at(-1)).toMatchObject({ outcome: 'error', operation: 'get', retry: true });
      oss.stallNextBody();
      const stalled = await within(4_000, () => handler(ossEvent(['ObjectCreated:PutObject', 'source/a.jpg']), { ...FC_CONTEXT, function: { timeout: 6 } }));
      expect(stalled).toMatchObject({ e: expect.any(StorageError) });
    }, { ...FC_CONTEXT, function: { timeout: 6 } });
  });

  test('SCF: from context.time_limit_in_ms', async () => {
    await onScf(async ({ cos, handler }) => {
      cos.objects.set('source/a.jpg', { body: await jpeg(300, 200), headers: {} });
      cos.hangNext('GET');
      const outcome = await within(4_000, () => handler(cosEvent('source/a.jpg'), { request_id: 'r', time_limit_in_ms: 6_000 }));
      expect(outcome).toMatchObject({ e: expect.any(StorageError) });
    });
  });

  test('IBM COS: from the function timeout given to the store', async () => {
    await onCodeEngine(async ({ cos, handler }) => {
      await cos.seed(IBM_BUCKET, 'source/a.jpg', await jpeg(300, 200));
      cos.hangNext('GET');
      const deliver = () => handler(ceHeaders(IBM_BUCKET, 'source/a.jpg'), JSON.stringify(ceCosBody(IBM_BUCKET, 'source/a.jpg')));
      expect(await within(4_000, deliver)).toMatchObject({ v: { status: 500 } });
      cos.stallNextBody();
      expect(await within(4_000, deliver)).toMatchObject({ v: { status: 500 } });
      cos.resetNext('GET');
      const reset = await deliver();
      expect([reset.status, reset.body.error]).toEqual([500, expect.stringMatching(/ECONNRESET|socket hang up/)]);
      expect((await deliver()).body).toMatchObject({ outcome: 'processed' });
    }, 6_000);
  });
});

describe('OSS requests are signed with signature V4', () => {
  test('every request carries OSS4-HMAC-SHA256 for the function\'s region, the date and the STS token', async () => {
    await onFc(async ({ oss, handler, context }) => {
      oss.objects.set('source/a.jpg', { body: await jpeg(300, 200), headers: {} });
      const { results } = await handler(ossEvent(['ObjectCreated:PutObject', 'source/a.jpg']), context);
      expect(results[0].outcome).toBe('processed');
      expect(oss.requests.map((r) => r.method)).toEqual(['GET', 'HEAD', 'PUT']);
      for (const { headers } of oss.requests) {
        expect(headers.authorization).toMatch(/^OSS4-HMAC-SHA256 Credential=STS\.AK\/\d{8}\/ap-southeast-1\/oss\/aliyun_v4_request,(AdditionalHeaders=[a-z;-]+,)?Signature=[0-9a-f]{64}$/);
        expect(headers['x-oss-content-sha256']).toBe('UNSIGNED-PAYLOAD');
        expect(headers['x-oss-date']).toMatch(/^\d{8}T\d{6}Z$/);
        expect(headers['x-oss-security-token']).toBe('TOKEN');
      }
    });
  });

  test('the look-alike refuses signature V1 and a missing STS token, as OSS does', async () => {
    await withServer(new FakeOss({ securityToken: 'TOKEN' }), async (oss) => ({ endpoint: await oss.start() }), async ({ endpoint }) => {
      const v1 = await fetch(`${endpoint}/source/a.jpg`, { headers: { authorization: 'OSS STS.AK:c2lnbmF0dXJl', 'x-oss-security-token': 'TOKEN' } });
      expect([v1.status, v1.headers.get('x-oss-request-id')]).toEqual([403, expect.stringMatching(/^oss-req-/)]);
      expect(await v1.text()).toMatch(/<Code>SignatureDoesNotMatch<\/Code>[\s\S]*<EC>/);
      const auth = 'OSS4-HMAC-SHA256 Credential=AK/20250101/cn-hangzhou/oss/aliyun_v4_request,Signature=' + 'a'.repeat(64);
      expect((await fetch(`${endpoint}/source/a.jpg`, { headers: { authorization: auth } })).status).toBe(403);
      // V4 requests must carry x-oss-date and x-oss-content-sha256.
      expect((await fetch(`${endpoint}/source/a.jpg`, { headers: { authorization: auth, 'x-oss-security-token': 'TOKEN' } })).status).toBe(403);
      const v4 = { authorization: auth, 'x-oss-security-token': 'TOKEN', 'x-oss-date': '20250101T000000Z', 'x-oss-content-sha256': 'UNSIGNED-PAYLOAD' };
      const head = await fetch(`${endpoint}/source/none.jpg`, { method: 'HEAD', headers: v4 });
      expect([head.status, head.headers.get('x-oss-request-id'), await head.text()]).toEqual([404, expect.stringMatching(/^oss-req-/), '']);
    });
  });
});

describe('the look-alikes hold each service\'s documented limits', () => {
  test('OSS: keys up to 1023 bytes, user metadata up to 8 KB (EC 0011-00000002)', async () => {
    await withServer(new FakeOss({ securityToken: 'TOKEN' }), async (oss) => ({ endpoint: await oss.start() }), async ({ endpoint }) => {
      const auth = 'OSS4-HMAC-SHA256 Credential=AK/20250101/cn-hangzhou/oss/aliyun_v4_request, AdditionalHeaders=host, Signature=' + 'a'.repeat(64);
      const v4 = { authorization: auth, 'x-oss-security-token': 'TOKEN', 'x-oss-date': '20250101T000000Z', 'x-oss-content-sha256': 'UNSIGNED-PAYLOAD' };
      const put = (key: string, headers: Record<string, string> = {}) => fetch(`${endpoint}/${encodeURIComponent(key)}`, { method: 'PUT', body: 'x', headers: { ...v4, ...headers } });
      expect((await put('k'.repeat(1023))).status).toBe(200);
      const long = await put('k'.repeat(1024));
      expect([long.status, await long.text()]).toEqual([400, expect.stringContaining('<Code>InvalidObjectName</Code>')]);
      expect((await put('m', { 'x-oss-meta-note': 'n'.repeat(8188) })).status).toBe(200);
      const meta = await put('m', { 'x-oss-meta-note': 'n'.repeat(8189) });
      expect([meta.status, meta.headers.get('x-oss-ec'), await meta.text()]).toEqual([400, '0011-00000002', expect.stringContaining('<EC>0011-00000002</EC>')]);
    });
  });

  test('COS: keys up to 850 bytes, user metadata up to 2 KB, errors with TraceId', async () => {
    await withServer(new FakeOss({ flavour: 'cos', securityToken: 'TOKEN' }), async (cos) => ({ endpoint: await cos.start() }), async ({ endpoint }) => {
      const auth = `q-sign-algorithm=sha1&q-ak=AKID&q-sign-time=1700000000;1700003600&q-key-time=1700000000;1700003600&q-header-list=host&q-url-param-list=&q-signature=${'a'.repeat(40)}`;
      const put = (key: string, headers: Record<string, string> = {}) => fetch(`${endpoint}/${encodeURIComponent(key)}`, { method: 'PUT', body: 'x', headers: { authorization: auth, 'x-cos-security-token': 'TOKEN', ...headers } });
      expect((await put('k'.repeat(850))).status).toBe(200);
      const long = await put('k'.repeat(851));
      expect([long.status, long.headers.get('x-cos-request-id'), await long.text()]).toEqual([400, expect.stringMatching(/^cos-req-/), expect.stringMatching(/<Code>KeyTooLong<\/Code>[\s\S]*<TraceId>/)]);
      expect((await put('m', { 'x-cos-meta-note': 'n'.repeat(2044) })).status).toBe(200);
      const meta = await put('m', { 'x-cos-meta-note': 'n'.repeat(2045) });
      expect([meta.status, await meta.text()]).toEqual([400, expect.stringContaining('<Code>MetadataTooLarge</Code>')]);
      expect((await fetch(`${endpoint}/m`, { headers: { authorization: auth } })).status).toBe(403);
      const head = await fetch(`${endpoint}/none`, { method: 'HEAD', headers: { authorization: auth, 'x-cos-security-token': 'TOKEN' } });
      expect([head.status, head.headers.get('x-cos-request-id'), await head.text()]).toEqual([404, expect.stringMatching(/^cos-req-/), '']);
    });
  });
});

describe('storage errors are logged with their message', () => {
  test('SCF: a connection reset says so, not [object Object]', async () => {
    await onScf(async ({ cos, handler, logs }) => {
      cos.objects.set('source/a.jpg', { body: await jpeg(300, 200), headers: {} });
      cos.resetNext('GET');
      await expect(handler(cosEvent('source/a.jpg'), {})).rejects.toMatchObject({ message: expect.stringMatching(/ECONNRESET|socket hang up/) });
      expect(String(logs.at(-1)?.error)).toMatch(/ECONNRESET|socket hang up/);
      expect(String(logs.at(-1)?.error)).not.toContain('[object Object]');
      // The retry succeeds.
      const { results } = await handler(cosEvent('source/a.jpg'), {});
      expect((results[0] as ProcessResult).outcome).toBe('processed');
      expect((await metadata(cos.objects.get('processed/a.jpg')!.body)).width).toBe(64);
    });
  });
});
