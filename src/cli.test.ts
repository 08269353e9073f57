import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { inline, textRow, xlsxFile } from '../test/support/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'katalog-cli-'));

function katalog(
  args: string[],
  db = join(dir, 'cli.db'),
  opts: { input?: string; env?: Record<string, string> } = {},
) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    env: { ...process.env, DATABASE_URL: `file:${db}`, ...opts.env },
    encoding: 'utf8',
    timeout: 60_000,
    input: opts.input ?? '',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run katalog', () => {
  it('creates the first admin with the password from stdin, who can then sign in', async () => {
    const db = join(dir, 'users.db');
    expect(katalog(['seed'], db).code).toBe(0);
    const args = [
      'user:create',
      '--email',
      'Admin@Katalog.go.id',
      '--name',
      'Admin Pertama',
      '--role',
      'admin',
    ];
    const r = katalog(args, db, { input: 'kata-sandi-admin-yang-panjang\n' });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Account created: #');
    const again = katalog(args, db, { input: 'kata-sandi-admin-yang-panjang\n' });
    expect(again.code).toBe(2);
    expect(again.err).toContain('--email: an account with the email admin@katalog.go.id exists');
    const { createDb } = await import('../db/client');
    const { login } = await import('./features/accounts/service');
    const { nativeHasher } = await import('./kernel/password-node');
    const client = createClient({ url: `file:${db}` });
    const result = await login(createDb(client), nativeHasher, {
      email: 'admin@katalog.go.id',
      password: 'kata-sandi-admin-yang-panjang',
      address: 'test',
    });
    expect(result.user.role).toBe('admin');
    client.close();
  }, 60_000);

  it('names each bad option of user:create and never takes the password as an argument', () => {
    const db = join(dir, 'users-bad.db');
    const r = katalog(['user:create', '--email', 'bukan-email', '--role', 'raja'], db, { input: 'pendek' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('--email: not a valid email address');
    expect(r.err).toContain('--name:');
    expect(r.err).toContain('--role: role: operator, reviewer or admin');
    expect(r.err).toContain('--password: password needs at least 12 characters');
    const op = katalog(
      ['user:create', '--email', 'op@x.go.id', '--name', 'Op', '--role', 'operator', '--agency', 'NOPE'],
      db,
      {
        env: { KATALOG_PASSWORD: 'kata-sandi-panjang-1' },
      },
    );
    expect(op.code).toBe(2);
    expect(op.err).toContain('--agency: unknown agency "NOPE"');
  }, 60_000);

  it('seeds, generates demo data with progress, and backs up', () => {
    const db = join(dir, 'full.db');
    const demo = katalog(['demo', '--apps', '120', '--seed', '4'], db);
    expect(demo.err).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.out).toContain('demo applications: 120/120 (100%)');
    expect(demo.out).toMatch(/Demo: 120 applications/);
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

  it('imports a file with a progress line per phase, dry run first, then recomputes the national picture', () => {
    const db = join(dir, 'import.db');
    expect(katalog(['demo', '--apps', '30'], db).code).toBe(0);
    const file = join(dir, 'impor.csv');
    const rows = Array.from(
      { length: 60 },
      (_, i) => `Aplikasi Persuratan Impor ${i},Naskah dinas dan disposisi,RAL.02.06.01`,
    );
    writeFileSync(file, `name,description,functions\r\n${rows.join('\r\n')}\r\n`);
    const dry = katalog(['import', file, '--agency', '35.07', '--dry-run'], db);
    expect(dry.err).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('checking rows: 60/60 (100%)');
    expect(dry.out).toContain('comparing with national services: 60/60 (100%)');
    expect(dry.out).not.toContain('writing');
    const applied = katalog(['import', file, '--agency', '35.07'], db);
    expect(applied.err).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.out).toMatch(/writing: (\d+)\/\1 \(100%\)/);
    expect(applied.out).toMatch(/60 new/);
    expect(applied.out).toMatch(/National picture computed: \d+ applications, \d+ clusters/);
  }, 60_000);

  it('checks an XLSX workbook like a CSV file, naming the sheet row of a formula cell', () => {
    const db = join(dir, 'import-xlsx.db');
    expect(katalog(['seed'], db).code).toBe(0);
    const file = join(dir, 'impor.xlsx');
    writeFileSync(
      file,
      xlsxFile({
        sheetData:
          textRow(1, ['name', 'description', 'functions']) +
          textRow(2, ['Aplikasi Persuratan Impor', 'Naskah dinas dan disposisi', 'RAL.02.06.01']) +
          `<row r="4">${inline('A4', 'Aplikasi Rumus')}<c r="B4"><f>1+1</f><v>2</v></c></row>`,
      }),
    );
    const dry = katalog(['import', file, '--agency', '35.07', '--dry-run'], db);
    expect(dry.out).toContain('line 4, description: the cell holds a formula');
    expect(dry.out).toContain('Dry run for 35.07, nothing saved: 1 new, 0 updated, 0 unchanged, 1 wrong.');
    expect(dry.code).not.toBe(0);
  }, 60_000);

  it.each([
    [['demo', '--apps', 'abc'], /--apps must be a whole number/],
    [['demo', '--apps', '40000'], /--apps must be between 0 and 30000/],
    [['demo'], /--apps is required/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['backup'], /backup needs a FILE/],
  ])('refuses %j with a clear message and exit code 2', (args, message) => {
    const r = katalog(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('prints usage without a command', () => {
    const r = katalog([]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('usage: npm run katalog -- <command>');
  });
});
