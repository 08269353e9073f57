import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The demo database a bench runs against, built once with the command line exactly as an
 * operator would (`npm run katalog -- demo --apps N --seed S`) and cached in the temp directory
 * under the name the other benches use, so they share it.
 */
export function benchDatabase(apps: number, seed: number): string {
  const path = join(tmpdir(), `katalog-bench-${apps}-${seed}.db`);
  if (existsSync(path)) {
    // A reused database gets the migrations added since it was built, as an operator's would.
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'migrate'], {
      env: { ...process.env, DATABASE_URL: `file:${path}` },
      stdio: 'inherit',
    });
    return path;
  }
  console.log(`Building ${apps} demo applications into ${path} with the command line …`);
  const partial = `${path}.building`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli.ts', 'demo', '--apps', String(apps), '--seed', String(seed)],
    { env: { ...process.env, DATABASE_URL: `file:${partial}` }, stdio: 'inherit' },
  );
  // The command line checkpoints on exit; a WAL left behind is copied with the file.
  copyDatabase(partial, path);
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  return path;
}

/** A scratch copy of a bench database (with its WAL, if any) for a bench that writes. */
export function copyDatabase(from: string, to: string): string {
  for (const f of [to, `${to}-wal`, `${to}-shm`]) rmSync(f, { force: true });
  copyFileSync(from, to);
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`);
  return to;
}
