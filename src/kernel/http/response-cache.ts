import type { Context, MiddlewareHandler } from 'hono';
import { readDataVersion } from '../../../db/version';
import type { AppEnv } from '../env';
import { type Digest, PUBLIC_MAX_AGE, webDigest } from './cache';

/** One kept answer: what the route rendered, at which data version, with a gzip copy if asked. */
interface Entry {
  version: number;
  storedAt: number;
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer> | null;
  bytes: number;
}

/** Least recently used entries leave first once the kept bytes exceed `maxBytes`. */
export class ResponseStore {
  private readonly entries = new Map<string, Entry>();
  private used = 0;

  constructor(readonly maxBytes: number) {}

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: Entry): void {
    this.delete(key);
    // One answer may not push out most of the others.
    if (entry.bytes > this.maxBytes / 8) return;
    this.entries.set(key, entry);
    this.used += entry.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= old.bytes;
    }
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.used -= old.bytes;
  }

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.used;
  }
}

export interface ResponseCacheOptions {
  /** Paths (without query) whose anonymous GET answers may be kept. */
  paths: readonly RegExp[];
  /** Memory for kept answers, in bytes. */
  maxBytes: number;
  /** Keep a gzip copy of each answer and send it to clients that accept gzip (Node). */
  gzip?: boolean;
  /** Longest an answer is kept even when no write happened: a bound on anything time-dependent. */
  maxAgeMs?: number;
  /**
   * How long after it was kept an answer may still be sent once the data has moved on (0: never).
   * Under a steady stream of saves this bounds the re-rendering to one per page per grace period
   * instead of one per page per save; an anonymous reader sees a save at most this much later.
   */
  staleGraceMs?: number;
  /** The ETag's hash (`publicCaching`'s); Web Crypto when absent. */
  digest?: Digest;
}

const CACHEABLE_TYPE = /^(text\/html|application\/json)\b/;
const UNCACHEABLE_CONTROL = /no-store|no-cache|private/;

/** True when the request carries nothing that could make its answer someone's own. */
function anonymous(c: Context<AppEnv>): boolean {
  if (c.get('user') || c.req.header('Authorization')) return false;
  const cookie = c.req.header('Cookie');
  if (!cookie) return true;
  // The language cookie is the only one a shared answer may depend on (it is in the key).
  return cookie.split(';').every((part) => {
    const name = part.split('=')[0]?.trim();
    return !name || name === 'lang';
  });
}

function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (name.trim() !== 'gzip' && name.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

async function gzipped(body: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([body]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * A server-side cache of rendered anonymous answers, checked against the data version
 * (decision 0031). For an anonymous `GET` of one of `paths`, the data version is read (one
 * single-row query) and an answer kept at that version for the same URL, language and htmx
 * headers is sent without running the route — or one kept at an earlier version less than
 * `staleGraceMs` ago (decision 0031, amended) — otherwise the route runs and a 200 HTML or JSON
 * answer that sets no cookie and does not ask to stay private is kept. Concurrent misses of one
 * key wait for the first instead of all rendering it. Signed-in requests, requests with a
 * session cookie or a bearer token, and every other method pass straight through.
 *
 * Register inside `publicCaching()` (it reuses the ETag kept here). With `gzip`, a client that
 * accepts gzip gets the kept gzip copy, which the entry point's compression leaves alone
 * (compress-node.ts).
 */
export function responseCache(opts: ResponseCacheOptions): MiddlewareHandler<AppEnv> {
  const digest = opts.digest ?? webDigest;
  const store = new ResponseStore(opts.maxBytes);
  const maxAgeMs = opts.maxAgeMs ?? PUBLIC_MAX_AGE * 1000;
  const inflight = new Map<string, { version: number; done: Promise<void> }>();
  const graceMs = Math.min(opts.staleGraceMs ?? 0, maxAgeMs);
  const freshAt = (entry: Entry | undefined, version: number) => {
    if (!entry) return undefined;
    const age = Date.now() - entry.storedAt;
    return age < maxAgeMs && (entry.version === version || age < graceMs) ? entry : undefined;
  };

  return async (c, next) => {
    if (c.req.method !== 'GET' || !anonymous(c) || !opts.paths.some((p) => p.test(c.req.path))) return next();
    const key = [
      c.get('lang'),
      c.req.header('HX-Request') ?? '',
      c.req.header('HX-Boosted') ?? '',
      c.req.header('HX-History-Restore-Request') ?? '',
      c.req.url,
    ].join(' ');
    const version = await readDataVersion(c.get('db'));
    let entry = freshAt(store.get(key), version);
    if (!entry) {
      const pending = inflight.get(key);
      if (pending?.version === version) {
        await pending.done;
        entry = freshAt(store.get(key), version);
      }
    }
    c.get('metrics').responseCache.inc({ result: entry ? 'hit' : 'miss' });
    if (entry) {
      const headers = new Headers(entry.headers);
      if (entry.gzip && acceptsGzip(c.req.header('Accept-Encoding'))) {
        headers.set('Content-Encoding', 'gzip');
        const tag = headers.get('ETag') ?? '';
        if (!tag.startsWith('W/')) headers.set('ETag', `W/${tag}`);
        const vary = headers.get('Vary');
        headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
        return new Response(entry.gzip, { status: entry.status, headers });
      }
      return new Response(entry.body, { status: entry.status, headers });
    }

    let finished!: () => void;
    const flight = { version, done: new Promise<void>((r) => (finished = r)) };
    if (!inflight.has(key)) inflight.set(key, flight);
    try {
      await next();
      const res = c.res;
      const control = res.headers.get('Cache-Control') ?? '';
      if (
        res.status !== 200 ||
        !res.body ||
        !CACHEABLE_TYPE.test(res.headers.get('Content-Type') ?? '') ||
        res.headers.has('Set-Cookie') ||
        res.headers.has('Content-Encoding') ||
        UNCACHEABLE_CONTROL.test(control) ||
        c.get('user')
      )
        return;
      const body = new Uint8Array(await res.arrayBuffer());
      const headers = new Headers(res.headers);
      // A kept answer may be sent gzipped: its length is the encoding's, set by the server.
      headers.delete('Content-Length');
      if (!headers.has('ETag')) headers.set('ETag', `"${await digest(body)}"`);
      const gzip = opts.gzip && body.byteLength >= 1024 ? await gzipped(body) : null;
      const kept: [string, string][] = [...headers];
      store.set(key, {
        version,
        storedAt: Date.now(),
        status: res.status,
        headers: kept,
        body,
        gzip,
        bytes: body.byteLength + (gzip?.byteLength ?? 0) + key.length + 200,
      });
      // Unset first: Hono's setter would otherwise merge the spent response's headers back in.
      c.res = undefined as unknown as Response;
      c.res = new Response(body, { status: res.status, statusText: res.statusText, headers });
    } finally {
      if (inflight.get(key) === flight) inflight.delete(key);
      finished();
    }
  };
}
