/**
 * What the storage test servers share: listening on 127.0.0.1 with each request's whole body, and a queue of ways
 * the next request of a method goes wrong (a transient error, a slow or hung answer, a reset connection, a body that
 * stops), whose hung answers are ended when the server closes.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';

export type StoreMethod = 'GET' | 'HEAD' | 'PUT';

/** How the next request of a method misbehaves. */
export type Misbehaviour =
  | { readonly kind: 'fail'; readonly status: number; readonly code: string }
  | { readonly kind: 'delay'; readonly ms: number }
  | { readonly kind: 'hang' }
  | { readonly kind: 'stall-body' }
  | { readonly kind: 'reset' };

/** The error answer a server gives in its service's shape. */
export type ErrorAnswer = (status: number, code: string, message?: string) => void;

/** How many bytes of a `length`-byte body a stalled answer sends: some, never all (the client must wait for more). */
export function stalledBytes(length: number): number {
  return Math.min(1024, Math.floor(length / 2));
}

/**
 * The size of the user metadata among `headers` as S3-like stores count it: the UTF-8 bytes of each name (without
 * `prefix`) and value.
 */
export function userMetadataBytes(headers: Readonly<Record<string, unknown>>, prefix: string): number {
  let bytes = 0;
  for (const [name, value] of Object.entries(headers)) {
    if (name.startsWith(prefix) && typeof value === 'string') bytes += Buffer.byteLength(name.slice(prefix.length)) + Buffer.byteLength(value);
  }
  return bytes;
}

export abstract class MisbehavingServer {
  private readonly queue: { method: string; what: Misbehaviour }[] = [];
  /** Answers left open on purpose (hung, stalled); destroyed by {@link endHung}. */
  protected readonly hung = new Set<http.ServerResponse>();
  private server?: http.Server;

  /** The next request with this method is answered `status` `code` (by default 503 ServiceUnavailable: transient). */
  failNext(method: StoreMethod, status = 503, code = 'ServiceUnavailable'): void {
    this.queue.push({ method, what: { kind: 'fail', status, code } });
  }

  /** The next request with this method is answered after `ms`. */
  delayNext(method: StoreMethod, ms: number): void {
    this.queue.push({ method, what: { kind: 'delay', ms } });
  }

  /** The next request with this method is never answered (until the server stops). */
  hangNext(method: StoreMethod): void {
    this.queue.push({ method, what: { kind: 'hang' } });
  }

  /** The connection of the next request with this method is reset (ECONNRESET on the client). */
  resetNext(method: StoreMethod): void {
    this.queue.push({ method, what: { kind: 'reset' } });
  }

  /** The next GET gets its headers and part of its body ({@link stalledBytes}), then nothing more. */
  stallNextBody(): void {
    this.queue.push({ method: 'GET', what: { kind: 'stall-body' } });
  }

  /**
   * Applies the next misbehaviour queued for this request's method. Returns `'answered'` when the request is done
   * with (reset, hung, failed), else whether its body must stall after the first chunk.
   */
  protected async misbehave(req: http.IncomingMessage, res: http.ServerResponse, error: ErrorAnswer): Promise<'answered' | { stall: boolean }> {
    const i = this.queue.findIndex((m) => m.method === req.method);
    const what = i >= 0 ? this.queue.splice(i, 1)[0].what : undefined;
    switch (what?.kind) {
      case 'reset':
        req.socket.resetAndDestroy();
        return 'answered';
      case 'hang':
        this.hung.add(res);
        return 'answered';
      case 'fail':
        error(what.status, what.code);
        return 'answered';
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, what.ms));
        return { stall: false };
      default:
        return { stall: what?.kind === 'stall-body' };
    }
  }

  /** Listens on a free port of 127.0.0.1, handing `handle` each request with its whole body; returns the base URL. */
  protected async listen(handle: (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse) => Promise<void>): Promise<string> {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => void handle(req, Buffer.concat(chunks), res));
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** Ends every answer left open and every connection, then stops listening. */
  protected async close(): Promise<void> {
    for (const res of this.hung) res.destroy();
    this.hung.clear();
    const server = this.server;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  }
}
