import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit as streamedBodyLimit } from 'hono/body-limit';

/**
 * Hono's `bodyLimit`, answered from the declared `Content-Length` without touching the body.
 * Hono's own asks for `c.req.raw.body` first, which on Node builds a whole web `Request` and a
 * stream around the socket for every POST (about 8% of the main thread under the overlap load,
 * decision 0045) and takes away the adapter's direct read of the body. A declared length is what
 * Hono decides by too, and Node's HTTP parser never delivers more than it; a body without one
 * (chunked) is counted as it streams, by Hono's.
 */
export function bodyLimit(options: {
  maxSize: number;
  onError: (c: Context) => Response | Promise<Response>;
}): MiddlewareHandler {
  const streamed = streamedBodyLimit(options);
  return async (c, next) => {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamed(c, next);
    if (Number.parseInt(length, 10) > options.maxSize) return options.onError(c);
    await next();
  };
}
