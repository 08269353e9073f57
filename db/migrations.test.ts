import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../drizzle.config';

const root = resolve(import.meta.dirname, '..');
const migrations = join(root, 'db/migrations');

/**
 * Runs the real `drizzle-kit generate` with the project's config against a copy of the
 * migrations folder, so a stale snapshot shows up here instead of as a bogus migration in the
 * next schema change.
 */
function generateIntoCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-drizzle-'));
  cpSync(migrations, join(dir, 'migrations'), { recursive: true });
  const copy = { ...config, schema: join(root, 'db/schema/index.ts'), out: './migrations' };
  writeFileSync(join(dir, 'drizzle.config.ts'), `export default ${JSON.stringify(copy)};\n`);
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/drizzle-kit/bin.cjs'), 'generate', '--config', 'drizzle.config.ts'],
    { cwd: dir, encoding: 'utf8', timeout: 60_000 },
  );
  return { dir: join(dir, 'migrations'), run };
}

describe('drizzle-kit snapshots', () => {
  it('agree with the migrations: generate on the unchanged schema writes nothing', () => {
    const { dir, run } = generateIntoCopy();
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toContain('No schema changes');
    expect(readdirSync(dir).sort()).toEqual(readdirSync(migrations).sort());
    expect(readFileSync(join(dir, 'meta/_journal.json'), 'utf8')).toBe(
      readFileSync(join(migrations, 'meta/_journal.json'), 'utf8'),
    );
  });
});
