/** The real Node app over an existing database, for load tests: PORT and DATABASE_URL from env. */
import { serve } from '@hono/node-server';
import { openNodeDb } from '../db/open';
import { createApp } from '../src/app';
import { parseConfig } from '../src/config';
import { nodeDigest } from '../src/kernel/digest-node';
import { withCompression } from '../src/kernel/http/compress-node';
import { nativeHasher } from '../src/kernel/password-node';

const config = parseConfig(process.env);
const db = await openNodeDb(config);
serve({
  // Compressed as in production (src/node.ts).
  fetch: withCompression(
    createApp({ db, config, passwords: nativeHasher, digest: nodeDigest, compress: true }).fetch,
  ),
  port: config.PORT,
  hostname: '127.0.0.1',
});
