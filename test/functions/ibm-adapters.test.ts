import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { createCloudFunctionsMain, storeFromParams } from '../../functions/resize/src/adapters/ibm-cloud-functions';
import { createCodeEngineHandler, createCodeEngineServer, runCodeEngineJob } from '../../functions/resize/src/adapters/ibm-code-engine';
import { cosStoreFromEnvironment, ibmCosEventKind, IbmCosObjectStore, parseCosNotification } from '../../lib/runtime/ibm';
import { InMemoryObjectStore } from '../../lib/runtime/storage';
import { ceCosBody, ceHeaders, owCosParams, postJson } from '../ibm/fake-cos';
import { tutorialConfig } from './configs';
import { IAM_GRANT, IBM_COS_HMAC, IbmCosServer, trustedProfileEnv } from './ibm-cos-server';
import { jpeg, metadata, pngWithAlpha } from './images';
import { RecordingStore , ANY_SIZE } from './stores';

const BUCKET = 'photos';
const config = tutorialConfig(BUCKET);
const quiet = () => undefined;

describe('COS notification payloads', () => {
  test('the Code Engine body and the Functions parameters become the same object event', () => {
    expect(parseCosNotification(ceCosBody(BUCKET, 'source/a b+c%.jpg'), 'com.ibm.cloud.cos.document.write'))
      .toEqual({ bucket: BUCKET, key: 'source/a b+c%.jpg', eventKind: 'created', size: 1029, etag: '8a1bd2ee4d4a5e1a7d5a0e2a1e8d1c0f', eventName: 'Object:Write', time: '2024-03-11T10:20:30.000Z' });
    expect(parseCosNotification(owCosParams(BUCKET, 'source/x.png', 'Object:Delete'))).toMatchObject({ bucket: BUCKET, key: 'source/x.png', eventKind: 'removed', size: 1029, eventName: 'Object:Delete' });
    expect(ibmCosEventKind('com.ibm.cloud.cos.document.delete')).toBe('removed');
    expect(ibmCosEventKind('Object:Write')).toBe('created');
    expect(ibmCosEventKind('com.ibm.cloud.cos.bucket.update')).toBe('other');
    expect(() => parseCosNotification({ hello: 'world' })).toThrow(/not a COS notification/);
  });
});

describe('the Code Engine app', () => {
  async function seeded() {
    const store = new InMemoryObjectStore();
    await store.put(BUCKET, 'source/photo.jpg', await jpeg(1200, 800), { contentType: 'image/jpeg', metadata: {} });
    return store;
  }

  test('resizes a written image and answers 200; skips deletions and other prefixes with 200', async () => {
    const store = await seeded();
    const handler = createCodeEngineHandler(() => store, { config, log: quiet });
    const ok = await handler(ceHeaders(BUCKET, 'source/photo.jpg'), JSON.stringify(ceCosBody(BUCKET, 'source/photo.jpg')));
    expect(ok).toMatchObject({ status: 200, body: { outcome: 'processed' } });
    const out = await metadata(await store.get(BUCKET, 'processed/photo.jpg', ANY_SIZE));
    expect([out.format, out.width, out.height]).toEqual(['jpeg', 128, 85]);
    expect((await store.head(BUCKET, 'processed/photo.jpg'))?.metadata['resized-from']).toBe('source/photo.jpg');
    const del = await handler(ceHeaders(BUCKET, 'source/photo.jpg', 'delete'), JSON.stringify(ceCosBody(BUCKET, 'source/photo.jpg', 'Object:Delete')));
    expect(del).toMatchObject({ status: 200, body: { outcome: 'skipped', result: { reason: 'not-a-creation' } } });
    const other = await handler(ceHeaders(BUCKET, 'other/x.jpg'), JSON.stringify(ceCosBody(BUCKET, 'other/x.jpg')));
    expect(other).toMatchObject({ status: 200, body: { outcome: 'skipped', result: { reason: 'outside-sources' } } });
  });

  test('a non-image is bad input (200, not retried); a storage failure is 500 (retried); garbage is 400', async () => {
    const store = await seeded();
    await store.put(BUCKET, 'source/notes.jpg', Buffer.from('not an image'), { contentType: 'image/jpeg', metadata: {} });
    const handler = createCodeEngineHandler(() => store, { config, log: quiet });
    expect(await handler(ceHeaders(BUCKET, 'source/notes.jpg'), JSON.stringify(ceCosBody(BUCKET, 'source/notes.jpg')))).toMatchObject({ status: 200, body: { outcome: 'bad-input' } });
    const failing = createCodeEngineHandler(() => new RecordingStore(store, { put: new Error('503 SlowDown') }), { config, log: quiet });
    const failed = await failing(ceHeaders(BUCKET, 'source/photo.jpg'), JSON.stringify(ceCosBody(BUCKET, 'source/photo.jpg')));
    expect(failed.status).toBe(500);
    expect(failed.body.error).toMatch(/put 'processed\/photo.jpg' in bucket 'photos' failed: 503 SlowDown/);
    expect(await handler({}, 'not json')).toMatchObject({ status: 400, body: { outcome: 'invalid-event' } });
  });

  test('structured CloudEvents and job mode (CE_DATA) are handled too', async () => {
    const store = await seeded();
    const handler = createCodeEngineHandler(() => store, { config, log: quiet });
    const structured = { specversion: '1.0', type: 'com.ibm.cloud.cos.document.write', source: 'x', id: '1', subject: 'source/photo.jpg', data: ceCosBody(BUCKET, 'source/photo.jpg') };
    expect(await handler({ 'content-type': 'application/cloudevents+json' }, JSON.stringify(structured))).toMatchObject({ status: 200, body: { outcome: 'processed' } });
    const code = await runCodeEngineJob({ CE_DATA: JSON.stringify(ceCosBody(BUCKET, 'source/photo.jpg')), CE_TYPE: 'com.ibm.cloud.cos.document.write' }, handler);
    expect(code).toBe(0);
  });

  test('the HTTP server answers a real POST on 127.0.0.1', async () => {
    const store = await seeded();
    const server = createCodeEngineServer(createCodeEngineHandler(() => store, { config, log: quiet }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const r = await postJson(port, JSON.stringify(ceCosBody(BUCKET, 'source/photo.jpg')), ceHeaders(BUCKET, 'source/photo.jpg'));
      expect(r).toMatchObject({ status: 200, body: { outcome: 'processed', result: { outputs: [{ key: 'processed/photo.jpg', status: 'written' }] } } });
      expect((await postJson(port, '{', { 'content-type': 'application/json' })).status).toBe(400);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('the Cloud Functions action', () => {
  test('main(params) resizes with the config and keys from its parameters', async () => {
    const store = new InMemoryObjectStore();
    await store.put(BUCKET, 'source/logo.png', await pngWithAlpha(300, 200), { contentType: 'image/png', metadata: {} });
    const main = createCloudFunctionsMain(() => store, { log: quiet });
    const params = { ...owCosParams(BUCKET, 'source/logo.png'), RESIZE_CONFIG: JSON.stringify(config), cos_hmac_access_key_id: 'AK', cos_hmac_secret_access_key: 'SK' };
    const { results } = await main(params);
    expect(results).toEqual([expect.objectContaining({ outcome: 'processed' })]);
    const out = await metadata(await store.get(BUCKET, 'processed/logo.png', ANY_SIZE));
    expect([out.format, out.width, out.height, out.hasAlpha]).toEqual(['png', 128, 85, true]);
    expect((await main({ RESIZE_CONFIG: JSON.stringify(config), hello: 1 })).results).toEqual([]);
    await expect(main({ ...owCosParams(BUCKET, 'x') })).rejects.toThrow(/no RESIZE_CONFIG parameter/);
    expect(() => storeFromParams({ endpoint: 'e' }, {})).toThrow(/no cos_hmac_access_key_id/);
  });
});

describe('IbmCosObjectStore (ibm-cos-sdk against s3rver behind the IBM COS proxy)', () => {
  const cos = new IbmCosServer([BUCKET]);
  let endpoint = '';
  beforeAll(async () => { endpoint = await cos.start(); });
  afterAll(() => cos.stop());

  /** A compute-resource token file for the trusted profile; removed after `run`. */
  async function withTokenFile(token: string, run: (file: string) => Promise<void>): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crtoken-'));
    fs.writeFileSync(path.join(dir, 'token'), token);
    try {
      await run(path.join(dir, 'token'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  test('HMAC: get, head, put with Unicode metadata, missing objects, and storage errors', async () => {
    const store = new IbmCosObjectStore({ endpoint, auth: { kind: 'hmac', ...IBM_COS_HMAC } });
    await store.put(BUCKET, 'a/ü ß.png', Buffer.from('x'), { contentType: 'image/png', metadata: { 'resized-from': 'source/ü 100%.png' } });
    expect((await cos.object(BUCKET, 'a/ü ß.png'))?.headers['resized-from']).toBe('source/%C3%BC 100%25.png');
    expect((await store.head(BUCKET, 'a/ü ß.png'))?.metadata).toEqual({ 'resized-from': 'source/ü 100%.png' });
    expect((await store.get(BUCKET, 'a/ü ß.png', ANY_SIZE)).toString()).toBe('x');
    expect(await store.head(BUCKET, 'missing.png')).toBeUndefined();
    await expect(store.get(BUCKET, 'missing.png', ANY_SIZE)).rejects.toMatchObject({ name: 'ObjectNotFoundError' });
    // ibm-cos-sdk retries a 500 once: both attempts fail.
    cos.failNext('GET', 500, 'InternalError');
    cos.failNext('GET', 500, 'InternalError');
    await expect(store.get(BUCKET, 'a/ü ß.png', ANY_SIZE)).rejects.toMatchObject({ code: 'InternalError', statusCode: 500, requestId: expect.stringMatching(/^ibm-cos-req-/) });
    // Keys s3rver's file store could not hold as they are (a segment over 255 bytes), or that look like its escapes.
    const odd = [`a/${'写'.repeat(300)}&/b`, 'a/&26&&/x', 'a/ü ß.png'];
    for (const key of odd.slice(0, 2)) await store.put(BUCKET, key, Buffer.from(key), { contentType: 'text/plain', metadata: {} });
    expect((await cos.keys(BUCKET)).filter((k) => odd.includes(k)).sort()).toEqual([...odd].sort());
    for (const key of odd.slice(0, 2)) expect((await store.get(BUCKET, key, ANY_SIZE)).toString()).toBe(key);
    // IBM COS's limits, which s3rver does not enforce: 2 KB of user metadata, 1024-byte keys.
    await expect(store.put(BUCKET, 'a/meta.png', Buffer.from('x'), { contentType: 'image/png', metadata: { note: 'n'.repeat(2045) } }))
      .rejects.toMatchObject({ code: 'MetadataTooLarge', statusCode: 400 });
    await store.put(BUCKET, 'a/meta.png', Buffer.from('x'), { contentType: 'image/png', metadata: { note: 'n'.repeat(2044) } });
    await expect(store.put(BUCKET, `a/${'k'.repeat(1023)}`, Buffer.from('x'), { contentType: 'image/png', metadata: {} })).rejects.toMatchObject({ code: 'KeyTooLongError', statusCode: 400 });
    await store.put(BUCKET, `a/${'k'.repeat(1022)}`, Buffer.from('x'), { contentType: 'image/png', metadata: {} });
    expect(cos.requests.at(-1)?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=S3RVER\/\d{8}\/[a-z0-9-]+\/s3\/aws4_request, ?SignedHeaders=[a-z0-9;-]+, ?Signature=[0-9a-f]{64}$/);
  });

  test('s3rver refuses an access key it does not know, and the proxy a request without credentials', async () => {
    const stranger = new IbmCosObjectStore({ endpoint, auth: { kind: 'hmac', accessKeyId: 'AK', secretAccessKey: 'SK' } });
    await expect(stranger.get(BUCKET, 'a/ü ß.png', ANY_SIZE)).rejects.toMatchObject({ code: 'InvalidAccessKeyId', statusCode: 403 });
    const anonymous = await fetch(`${endpoint}/${BUCKET}/a/x.png`);
    expect([anonymous.status, anonymous.headers.get('x-amz-request-id')]).toEqual([403, expect.stringMatching(/^ibm-cos-req-/)]);
    expect(await anonymous.text()).toMatch(/<Code>AccessDenied<\/Code>[\s\S]*<RequestId>ibm-cos-req-\d+<\/RequestId>\s*<httpStatusCode>403<\/httpStatusCode>/);
    // A V4 header whose scope is not `<key>/<date>/<region>/s3/aws4_request`.
    const v4 = { 'x-amz-date': new Date().toISOString().replace(/[-:]|\.\d{3}/g, ''), 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' };
    const malformed = await fetch(`${endpoint}/${BUCKET}/a/x.png`, { headers: { ...v4, authorization: `AWS4-HMAC-SHA256 Credential=S3RVER/us-south/s3, SignedHeaders=host, Signature=${'a'.repeat(64)}` } });
    expect([malformed.status, await malformed.text()]).toEqual([400, expect.stringContaining('<Code>AuthorizationHeaderMalformed</Code>')]);
    const bearer = { authorization: `Bearer ${IAM_GRANT.accessToken}` };
    const missing = await fetch(`${endpoint}/${BUCKET}/none.png`, { headers: bearer });
    expect(await missing.text()).toMatch(/<Code>NoSuchKey<\/Code>[\s\S]*<Resource>\/photos\/none.png<\/Resource>/);
    const head = await fetch(`${endpoint}/${BUCKET}/none.png`, { method: 'HEAD', headers: bearer });
    expect([head.status, head.headers.get('x-clv-request-id'), await head.text()]).toEqual([404, expect.stringMatching(/^ibm-cos-req-/), '']);
  });

  test('trusted profile: exchanges the compute-resource token at IAM and sends the bearer token', async () => {
    await withTokenFile('CR-TOKEN\n', async (file) => {
      const store = cosStoreFromEnvironment(trustedProfileEnv(endpoint, file));
      const handler = createCodeEngineHandler(() => store, { config, log: quiet });
      await cos.seed(BUCKET, 'source/tp.jpg', await jpeg(640, 480));
      expect(await handler(ceHeaders(BUCKET, 'source/tp.jpg'), JSON.stringify(ceCosBody(BUCKET, 'source/tp.jpg')))).toMatchObject({ status: 200, body: { outcome: 'processed' } });
      expect(cos.tokenRequests.at(-1)).toMatchObject({ grant_type: 'urn:ibm:params:oauth:grant-type:cr-token', cr_token: 'CR-TOKEN', profile_id: 'Profile-1' });
      expect(cos.requests.filter((r) => r.path.includes('tp.jpg')).every((r) => r.headers.authorization === 'Bearer IAM-ACCESS')).toBe(true);
      expect((await metadata((await cos.object(BUCKET, 'processed/tp.jpg'))!.body)).width).toBe(128);
      expect(() => cosStoreFromEnvironment({})).toThrow(/COS_ENDPOINT and IBM_TRUSTED_PROFILE_ID are not set/);
    });
  });

  test('a refused compute-resource token is a storage error (500, retried)', async () => {
    await withTokenFile('WRONG', async (file) => {
      const store = cosStoreFromEnvironment(trustedProfileEnv(endpoint, file));
      const r = await createCodeEngineHandler(() => store, { config, log: quiet })(ceHeaders(BUCKET, 'source/tp2.jpg'), JSON.stringify(ceCosBody(BUCKET, 'source/tp2.jpg')));
      expect(r.status).toBe(500);
      expect(r.body.error).toMatch(/^get 'source\/tp2.jpg' in bucket 'photos' failed: /);
    });
  });
});

describe('the runtime module (evented-buckets/runtime, ibm)', () => {
  const { ibm } = require('../../lib/runtime') as typeof import('../../lib/runtime');
  const body = JSON.stringify(ceCosBody(BUCKET, 'uploads/a%20b+c.txt', 'Object:Delete'));

  test('a binary-mode delivery: the body\'s key as it is, not the percent-encoded ce-subject', () => {
    const headers = { ...ceHeaders(BUCKET, encodeURIComponent('uploads/a%20b+c.txt'), 'delete') };
    expect(ibm.objectEventsFromDelivery({ headers, body })).toEqual([{
      bucket: BUCKET, key: 'uploads/a%20b+c.txt', eventKind: 'removed', size: 1029, etag: '8a1bd2ee4d4a5e1a7d5a0e2a1e8d1c0f',
      time: '2024-03-11T10:20:30.000Z', eventName: 'Object:Delete',
    }]);
  });

  test('structured mode, a body without key (the subject decoded), the ce-time fallback, and a job run\'s variables', () => {
    const structured = JSON.stringify({ specversion: '1.0', type: 'com.ibm.cloud.cos.document.write', data: ceCosBody(BUCKET, 'in/x.png') });
    expect(ibm.objectEventsFromDelivery({ headers: { 'content-type': 'application/cloudevents+json' }, body: structured })[0]).toMatchObject({ key: 'in/x.png', eventKind: 'created' });
    const keyless = JSON.stringify({ bucket: BUCKET, operation: 'Object:Write' });
    expect(ibm.objectEventsFromDelivery({ headers: { 'ce-subject': 'in/a%20b.png', 'ce-time': '2025-01-02T03:04:05Z' }, body: keyless })[0])
      .toEqual({ bucket: BUCKET, key: 'in/a b.png', eventKind: 'created', eventName: 'Object:Write', time: '2025-01-02T03:04:05Z' });
    const job = ibm.jobRunDelivery({ CE_DATA: body, CE_TYPE: 'com.ibm.cloud.cos.document.delete', CE_ID: 'j', CE_SUBJECT: 'x' });
    expect(ibm.objectEventsFromDelivery(job)[0]).toMatchObject({ key: 'uploads/a%20b+c.txt', eventKind: 'removed' });
    expect(() => ibm.objectEventsFromDelivery({ headers: {}, body: 'not json' })).toThrow(ibm.CosNotificationError);
    expect(ibm.isCosNotificationError(Object.assign(new Error('x'), { name: 'CosNotificationError' }))).toBe(true);
  });

  test('storage timeouts come from the component\'s own timeout (IBM_FUNCTION_TIMEOUT_SECONDS), not a constant', () => {
    const { storageTimeouts } = require('../../lib/runtime/storage-timeouts');
    expect(ibm.timeoutsFromEnvironment({ IBM_FUNCTION_TIMEOUT_SECONDS: '60' })).toEqual(storageTimeouts(60_000));
    expect(ibm.timeoutsFromEnvironment({ IBM_FUNCTION_TIMEOUT_SECONDS: '600' })).toEqual(storageTimeouts(600_000));
    expect(ibm.timeoutsFromEnvironment({ IBM_FUNCTION_TIMEOUT_SECONDS: '60' })).not.toEqual(ibm.timeoutsFromEnvironment({ IBM_FUNCTION_TIMEOUT_SECONDS: '600' }));
    // Without the variable (a local run), Code Engine's default request timeout.
    expect(ibm.timeoutsFromEnvironment({})).toEqual(storageTimeouts(300_000));
  });

  test('the delivery server: 200 with the handler\'s result, 400 for a non-COS payload, 500 when the handler throws', async () => {
    const server = ibm.createDeliveryServer(async (delivery) => {
      const [event] = ibm.objectEventsFromDelivery(delivery);
      if (event.key.startsWith('fail/')) throw new Error('store down');
      return { seen: event.key };
    }, quiet);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      expect(await postJson(port, body, ceHeaders(BUCKET, 'x', 'delete'))).toEqual({ status: 200, body: { seen: 'uploads/a%20b+c.txt' } });
      expect(await postJson(port, '{"hello":1}', { 'content-type': 'application/json' })).toMatchObject({ status: 400, body: { outcome: 'invalid-event' } });
      expect(await postJson(port, JSON.stringify(ceCosBody(BUCKET, 'fail/x')), ceHeaders(BUCKET, 'fail/x'))).toEqual({ status: 500, body: { outcome: 'error', error: 'store down' } });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await ibm.runJobDelivery(async () => { throw new Error('down'); }, { CE_DATA: body }, quiet)).toBe(1);
    expect(await ibm.runJobDelivery(async () => undefined, { CE_DATA: body }, quiet)).toBe(0);
  });
});
