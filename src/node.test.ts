import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterEach, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'katalog-node-'));
const port = () => String(20_000 + Math.floor(Math.random() * 20_000));
const running: ChildProcess[] = [];

afterEach(() => {
  for (const p of running.splice(0)) p.kill('SIGKILL');
});

/** Runs the server entry until it exits (a refusal) or prints that it runs (then it is stopped). */
function start(env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
    env: { ...process.env, NODE_ENV: '', DEMO_APPS: '0', SECURE_COOKIES: 'false', PORT: port(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  return new Promise((done) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      if (out.includes('is running at')) done({ code: null, out, err });
    });
    child.stderr!.on('data', (d) => {
      err += String(d);
    });
    child.on('exit', (code) => done({ code, out, err }));
  });
}

/** One line of error, no stack trace. */
const oneLine = (err: string) => {
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).not.toMatch(/\n\s+at /);
};

describe('starting the server', () => {
  it('refuses a database that does not exist instead of serving an empty catalogue', async () => {
    const db = join(dir, 'typo', 'katalog.db');
    const r = await start({ DATABASE_URL: `file:${db}` });
    expect(r.code).toBe(1);
    oneLine(r.err);
    expect(r.err).toContain('does not exist; check DATABASE_URL or set DATABASE_CREATE=true');
    expect(existsSync(join(dir, 'typo'))).toBe(false);
  }, 60_000);

  it('creates it when told to, and then creates no demo accounts in production', async () => {
    const db = join(dir, 'new', 'katalog.db');
    const r = await start({
      DATABASE_URL: `file:${db}`,
      DATABASE_CREATE: 'true',
      NODE_ENV: 'production',
      CLEARANCE_KEY: 'a-long-random-production-key-123',
      DEMO_APPS: '3',
    });
    expect(r.err).toBe('');
    expect(r.code).toBeNull();
    expect(r.out).toContain('Loading 3 demo applications');
    expect(r.out).not.toContain('Demo accounts');
    const client = createClient({ url: `file:${db}` });
    const users = await client.execute('select count(*) as n from users');
    const apps = await client.execute(
      "select count(*) as n from applications where source_note = 'Data demo (sintetis)'",
    );
    client.close();
    expect(Number(users.rows[0]!.n)).toBe(0);
    expect(Number(apps.rows[0]!.n)).toBe(3);
  }, 120_000);

  it('refuses production with the development clearance key', async () => {
    const r = await start({
      DATABASE_URL: `file:${join(dir, 'prod.db')}`,
      DATABASE_CREATE: 'true',
      NODE_ENV: 'production',
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain('CLEARANCE_KEY: set a long random key in production');
    expect(existsSync(join(dir, 'prod.db'))).toBe(false);
  }, 60_000);

  it('says in one line that the database cannot be reached', async () => {
    const r = await start({ DATABASE_URL: 'http://127.0.0.1:1' });
    expect(r.code).toBe(1);
    oneLine(r.err);
    expect(r.err).toContain('Cannot reach the database at http://127.0.0.1:1');
  }, 60_000);

  it('says in one line that the port is taken', async () => {
    const db = join(dir, 'port.db');
    expect(
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'migrate'], {
        env: { ...process.env, DATABASE_URL: `file:${db}` },
      }).status,
    ).toBe(0);
    const blocker = createServer();
    const taken = await new Promise<number>((ok) =>
      blocker.listen(0, '0.0.0.0', () => ok((blocker.address() as { port: number }).port)),
    );
    try {
      const r = await start({ DATABASE_URL: `file:${db}`, PORT: String(taken) });
      expect(r.code).toBe(1);
      oneLine(r.err);
      expect(r.err).toContain(`port ${taken} is already in use; set another PORT`);
    } finally {
      blocker.close();
    }
  }, 60_000);
});
