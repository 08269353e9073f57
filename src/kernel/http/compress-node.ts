import { deflateSync, gzipSync } from 'node:zlib';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';

/**
 * Compression of the Node server's answers (gzip, else deflate), wrapped around the app's fetch
 * handler by the entry point (src/node.ts). Cloudflare compresses at the edge, so the Worker
 * entry does not use it.
 *
 * A body that is whole within `WHOLE_MAX` bytes — every page, fragment and API answer — is
 * compressed in one zlib call and sent as bytes: Hono's `compress()` piped every body through a
 * web `CompressionStream`, which cost about 0.9 ms of the event loop per answer (three times the
 * compression itself), and made the Node adapter write it as a stream (decision 0044). A longer
 * or streamed body (the bulk exports) is compressed as a stream, its first bytes included, so
 * it is never held in memory whole.
 *
 * As `compress()` did: only compressible types, not below `THRESHOLD` bytes, never an answer
 * already encoded (the response cache's gzip copies), a `no-transform`, a HEAD, a 206 or a body-less
 * status; `Vary: Accept-Encoding` on every answer that could have been compressed, and the ETag
 * turned weak on a compressed one (same content, another encoding; decision 0031).
 */
export const WHOLE_MAX = 1024 * 1024;
export const THRESHOLD = 1024;

type Fetch = (request: Request, ...rest: never[]) => Response | Promise<Response>;

const noTransform = /(?:^|,)\s*no-transform\s*(?:,|$)/i;
const varyAcceptEncoding = /(?:^|,)\s*accept-encoding\s*(?:,|$)/i;

/** gzip or deflate from `Accept-Encoding` (quality values honoured, gzip preferred on a tie). */
export function chooseEncoding(header: string | null): 'gzip' | 'deflate' | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const of = (e: string) => q.get(e) ?? q.get('*') ?? 0;
  const gzip = of('gzip');
  const deflate = of('deflate');
  if (gzip > 0 && gzip >= deflate) return 'gzip';
  return deflate > 0 ? 'deflate' : null;
}

function concat(chunks: Uint8Array<ArrayBuffer>[], size: number): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The response compressed for `request`, or the response itself when it should not be. */
export async function compressResponse(request: Request, res: Response): Promise<Response> {
  const type = res.headers.get('Content-Type');
  const length = res.headers.get('Content-Length');
  if (
    request.method === 'HEAD' ||
    res.status === 204 ||
    res.status === 206 ||
    res.status === 304 ||
    res.headers.has('Content-Encoding') ||
    res.headers.has('Transfer-Encoding') ||
    !type ||
    !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) ||
    noTransform.test(res.headers.get('Cache-Control') ?? '') ||
    (length !== null && Number(length) < THRESHOLD)
  )
    return res;
  const headers = new Headers(res.headers);
  const vary = headers.get('Vary');
  if (vary !== '*' && !(vary && varyAcceptEncoding.test(vary)))
    headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  const encoding = chooseEncoding(request.headers.get('Accept-Encoding'));
  const init = (body: BodyInit | null) =>
    new Response(body, { status: res.status, statusText: res.statusText, headers });
  if (!res.body) return init(null);
  const reader = res.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  let done = false;
  while (size <= WHOLE_MAX) {
    const r = await reader.read();
    if (r.done) {
      done = true;
      break;
    }
    chunks.push(r.value);
    size += r.value.byteLength;
  }
  if (done && (!encoding || size < THRESHOLD)) return init(concat(chunks, size));
  let body: BodyInit;
  if (done) {
    const whole = concat(chunks, size);
    body = new Uint8Array(encoding === 'gzip' ? gzipSync(whole) : deflateSync(whole));
  } else {
    // Long or streamed: what was read first, then the rest as it comes.
    const rest = new ReadableStream<BufferSource>({
      start(controller) {
        for (const c of chunks) controller.enqueue(c);
      },
      async pull(controller) {
        const r = await reader.read();
        if (r.done) controller.close();
        else controller.enqueue(r.value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    });
    if (!encoding) return init(rest);
    body = rest.pipeThrough(new CompressionStream(encoding));
  }
  headers.delete('Content-Length');
  headers.set('Content-Encoding', encoding!);
  const etag = headers.get('ETag');
  if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
  return init(body);
}

/** `fetch` with its answers compressed (see above). */
export function withCompression<F extends Fetch>(fetch: F): F {
  return (async (request: Request, ...rest: never[]) =>
    compressResponse(request, await fetch(request, ...rest))) as F;
}
