/**
 * `npm run build`: compiles the Node server, the CLI and the spec-parser thread into plain
 * JavaScript in dist/ (one ES module each, packages left as imports so native modules load from
 * node_modules), and copies the migrations beside them, where db/migrate.ts looks for them
 * relative to the running module. Plain JavaScript so `npm start` can call it without tsx.
 *
 *   node scripts/build.mjs [--outdir DIR]
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');

/** The folders and files whose changes make dist/ stale. */
const SOURCES = ['src', 'db', 'views', 'seeds', 'package.json', 'tsconfig.json'];
/** Written last by a successful build; its mtime is the build's. */
const STAMP = '.build-stamp';

/** Newest modification time (ms) of any file under `path`. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

/**
 * Whether `outdir` holds a build at least as new as every source file. A deployment that ships
 * dist/ without the sources counts as fresh.
 */
export function isFresh(outdir = DIST) {
  const stamp = join(outdir, STAMP);
  if (!existsSync(stamp)) return false;
  if (!existsSync(join(ROOT, 'src'))) return true;
  const built = statSync(stamp).mtimeMs;
  return SOURCES.every((s) => newest(join(ROOT, s)) <= built);
}

/** Builds into `outdir` (replacing it). Needs esbuild, a development dependency. */
export async function build(outdir = DIST) {
  const esbuild = await import('esbuild');
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: {
      node: 'src/node.ts',
      cli: 'src/cli.ts',
      'spec-parser-thread': 'src/spec-parser-thread.ts',
      'overlap-check-thread': 'src/overlap-check-thread.ts',
    },
    outdir,
    outExtension: { '.js': '.js' },
    bundle: true,
    // Dependencies stay imports: the native ones (libSQL, argon2) cannot be bundled, and the
    // production install then holds exactly what dist/ imports.
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    legalComments: 'none',
  });
  cpSync(join(ROOT, 'db/migrations'), join(outdir, 'migrations'), { recursive: true });
  writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(outdir, STAMP), `${new Date().toISOString()}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--outdir');
  const outdir = i > 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]) : DIST;
  const started = Date.now();
  await build(outdir);
  console.log(`built ${outdir} in ${Date.now() - started} ms`);
}
