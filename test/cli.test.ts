import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'katalog-cli-'));

function katalog(args: string[], db = join(dir, 'cli.db')) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    env: { ...process.env, DATABASE_URL: `file:${db}` },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run katalog', () => {
  it('seeds, generates demo data with progress, and backs up', () => {
    const db = join(dir, 'full.db');
    const demo = katalog(['demo', '--apps', '120', '--seed', '4'], db);
    expect(demo.err).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.out).toContain('demo applications: 120/120 (100%)');
    expect(demo.out).toMatch(/Demo: 120 aplikasi/);
    const backup = join(dir, 'backup.db');
    const b = katalog(['backup', backup], db);
    expect(b.code).toBe(0);
    expect(existsSync(backup)).toBe(true);
  }, 60_000);

  it('keeps the backup readable and complete', async () => {
    const db = join(dir, 'b.db');
    expect(katalog(['demo', '--apps', '30'], db).code).toBe(0);
    const backup = join(dir, 'b-backup.db');
    expect(katalog(['backup', backup], db).code).toBe(0);
    const client = createClient({ url: `file:${backup}` });
    const r = await client.execute(
      `select count(*) as n from applications where source_note = 'Data demo (sintetis)'`,
    );
    expect(Number(r.rows[0]!.n)).toBe(30);
    client.close();
  }, 60_000);

  it.each([
    [['demo', '--apps', 'abc'], /--apps harus bilangan bulat/],
    [['demo', '--apps', '40000'], /--apps harus 0–30000/],
    [['demo'], /--apps wajib diisi/],
    [['frobnicate'], /Perintah tidak dikenal \/ unknown command "frobnicate"/],
    [['backup'], /backup memerlukan nama berkas/],
  ])('refuses %j with a clear message and exit code 2', (args, message) => {
    const r = katalog(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('prints usage without a command', () => {
    const r = katalog([]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('npm run katalog -- <perintah>');
  });
});
