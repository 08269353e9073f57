import { createHash } from 'node:crypto';
import type { Digest } from './http/cache';

/**
 * SHA-1 on the calling thread (Node): for a page-sized body it takes ~0.05 ms, less than Web
 * Crypto's hand-off to the thread pool and back (decision 0049). Same hex as `webDigest`.
 */
export const nodeDigest: Digest = (body) => createHash('sha1').update(body).digest('hex');
