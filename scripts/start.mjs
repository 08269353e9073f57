/**
 * `npm start`: serves the built server (dist/node.js), building it first when dist/ is missing
 * or older than the sources, so `npm ci && npm start` works on a fresh checkout. The server runs
 * in this same process (no child), so SIGTERM/SIGINT from npm or a supervisor reach its graceful
 * shutdown directly. An install without development dependencies (no esbuild) serves dist/ as
 * it is.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, DIST, isFresh } from './build.mjs';

const entry = join(DIST, 'node.js');
if (!isFresh()) {
  let esbuildAvailable = true;
  try {
    await import('esbuild');
  } catch {
    esbuildAvailable = false;
  }
  if (esbuildAvailable) {
    console.log('Membangun dist/… / building dist/…');
    await build();
  } else if (!existsSync(entry)) {
    console.error(
      'dist/ belum dibangun dan esbuild tidak terpasang / dist/ is not built and esbuild is not installed: ' +
        'run `npm ci && npm run build` where development dependencies are installed, then copy dist/.',
    );
    process.exit(1);
  }
}
await import(pathToFileURL(entry).href);
