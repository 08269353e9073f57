import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'katalog-backup-'));
const source = join(dir, 'source.db');

function katalog(args: string[], db: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    env: { ...process.env, DATABASE_URL: db.includes(':') ? db : `file:${db}`, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function query(file: string, sql: string) {
  const client = createClient({ url: `file:${file}` });
  try {
    return (await client.execute(sql)).rows;
  } finally {
    client.close();
  }
}

const apps = async (file: string) =>
  Number((await query(file, 'select count(*) as n from applications'))[0]!.n);
const integrity = async (file: string) =>
  String(Object.values((await query(file, 'pragma integrity_check'))[0]!)[0]);

let total = 0;
beforeAll(async () => {
  expect(katalog(['demo', '--apps', '12'], source).code).toBe(0);
  total = await apps(source);
  expect(total).toBeGreaterThan(12);
}, 60_000);

describe('katalog backup', () => {
  it('writes a verified copy with every row and leaves no temporary file behind', async () => {
    const sub = mkdtempSync(join(dir, 'ok-'));
    const target = join(sub, 'copy.db');
    const r = katalog(['backup', target], source);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Backup verified and written to .*copy\.db \(\d+ tables, \d+ rows\)/);
    expect(await apps(target)).toBe(total);
    expect(await integrity(target)).toBe('ok');
    expect(readdirSync(sub)).toEqual(['copy.db']);
  }, 60_000);

  it('refuses to write over the database itself, also through a link, and leaves it intact', async () => {
    const size = statSync(source).size;
    const link = join(dir, 'link-to-source.db');
    symlinkSync(source, link);
    for (const target of [source, link, `${source}-wal`]) {
      const r = katalog(['backup', target, '--force'], source);
      expect(r.code).toBe(3);
      expect(r.err).toContain('is the database itself; refused');
    }
    // The database reached through the link is refused too.
    const viaLink = katalog(['backup', source, '--force'], link);
    expect(viaLink.code).toBe(3);
    expect(statSync(source).size).toBe(size);
    expect(await apps(source)).toBe(total);
    expect(await integrity(source)).toBe('ok');
  }, 60_000);

  it('refuses an existing target unless --force, and then replaces it', async () => {
    const target = join(dir, 'existing.db');
    writeFileSync(target, 'keep me');
    const r = katalog(['backup', target], source);
    expect(r.code).toBe(3);
    expect(r.err).toContain('already exists; use --force to replace it');
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    const forced = katalog(['backup', target, '--force'], source);
    expect(forced.code).toBe(0);
    expect(await apps(target)).toBe(total);
  }, 60_000);

  it('refuses a missing database without creating it', () => {
    const missing = join(dir, 'nope', 'missing.db');
    const r = katalog(['backup', join(dir, 'from-missing.db')], missing);
    expect(r.code).toBe(3);
    expect(r.err).toContain('does not exist or is not an SQLite file; nothing to back up');
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(join(dir, 'nope'))).toBe(false);
    expect(existsSync(join(dir, 'from-missing.db'))).toBe(false);
  }, 60_000);

  it('refuses a remote database and names the tool that can back it up', () => {
    const target = join(dir, 'remote.db');
    const r = katalog(['backup', target], 'https://db.example.invalid');
    expect(r.code).toBe(3);
    expect(r.err).toContain('turso db shell');
    expect(r.err).toContain('is a remote database');
    expect(existsSync(target)).toBe(false);
  }, 60_000);
});

describe('katalog restore', () => {
  let server: ChildProcess | undefined;
  afterAll(() => {
    server?.kill('SIGKILL');
  });

  it('refuses a file that is not a sound katalog database and leaves the database alone', async () => {
    const live = join(dir, 'live-a.db');
    expect(katalog(['backup', live], source).code).toBe(0);
    const garbage = join(dir, 'garbage.db');
    writeFileSync(garbage, `SQLite format 3\0${'x'.repeat(5000)}`);
    const truncated = join(dir, 'truncated.db');
    writeFileSync(truncated, readFileSync(live).subarray(0, 8192));
    const foreign = join(dir, 'foreign.db');
    const f = createClient({ url: `file:${foreign}` });
    await f.execute('create table t (x)');
    f.close();
    for (const bad of [garbage, truncated, foreign]) {
      const r = katalog(['restore', bad], live);
      expect(r.code, bad).toBe(4);
      expect(r.err).toContain('cannot be restored');
    }
    const missing = katalog(['restore', join(dir, 'nothing.db')], live);
    expect(missing.code).toBe(3);
    expect(await apps(live)).toBe(total);
  }, 60_000);

  it('restores a verified backup and keeps the replaced database', async () => {
    const live = join(dir, 'live-b.db');
    expect(katalog(['backup', live], source).code).toBe(0);
    const backup = join(dir, 'before-change.db');
    expect(katalog(['backup', backup], live).code).toBe(0);
    await query(live, 'delete from api_tokens');
    await query(
      live,
      "update applications set name = 'Diubah setelah cadangan' where id = (select min(id) from applications)",
    );
    const r = katalog(['restore', backup], live);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('The replaced database is kept as');
    expect(await integrity(live)).toBe('ok');
    expect(
      await query(live, "select id from applications where name = 'Diubah setelah cadangan'"),
    ).toHaveLength(0);
    const kept = readdirSync(dir).find((f) => f.startsWith('live-b.db.before-restore-') && f.endsWith('Z'));
    expect(kept).toBeDefined();
    expect(
      await query(join(dir, kept!), "select id from applications where name = 'Diubah setelah cadangan'"),
    ).toHaveLength(1);
  }, 60_000);

  it('refuses while a server holds the database, and restores once it has stopped', async () => {
    const live = join(dir, 'live-c.db');
    expect(katalog(['backup', live], source).code).toBe(0);
    const backup = join(dir, 'c-backup.db');
    expect(katalog(['backup', backup], live).code).toBe(0);
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    server = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: `file:${live}`,
        PORT: port,
        DEMO_APPS: '0',
        SECURE_COOKIES: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((ok, fail) => {
      let out = '';
      server!.stdout!.on('data', (d) => {
        out += String(d);
        if (out.includes('is running at')) ok();
      });
      server!.on('exit', (code) => fail(new Error(`server exited ${code}: ${out}`)));
    });
    const refused = katalog(['restore', backup], live);
    expect(refused.code).toBe(3);
    expect(refused.err).toContain(`(pid ${server.pid}); stop it first`);
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/applications`)).status).toBe(200);
    const exited = new Promise((ok) => server!.once('exit', ok));
    server.kill('SIGKILL'); // a killed server leaves its pid file; the dead pid no longer counts
    await exited;
    server = undefined;
    const r = katalog(['restore', backup], live);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(await integrity(live)).toBe('ok');
  }, 90_000);
});
