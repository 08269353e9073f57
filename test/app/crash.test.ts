import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client';
import { makeActor } from '../support/auth';

const dir = mkdtempSync(join(tmpdir(), 'katalog-crash-'));
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill('SIGKILL');
});

describe('a server killed during writes', () => {
  it('keeps every acknowledged write and a sound database after kill -9', async () => {
    const file = join(dir, 'crash.db');
    const env = { ...process.env, DATABASE_URL: `file:${file}` };
    expect(spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'seed'], { env }).status).toBe(0);
    const setup = createClient({ url: `file:${file}` });
    const actor = await makeActor(createDb(setup), 'operator', '35.07', 'crash@malang.go.id');
    setup.close();

    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    server = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
      env: { ...env, PORT: port, DEMO_APPS: '0', SECURE_COOKIES: 'false', LOG_REQUESTS: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((ok, fail) => {
      let out = '';
      server!.stdout!.on('data', (d) => {
        out += String(d);
        if (out.includes('is running at')) ok();
      });
      server!.on('exit', (code) => fail(new Error(`server exited ${code}`)));
    });

    // Eight writers in parallel; the server is killed once 60 writes are acknowledged.
    const acknowledged: number[] = [];
    let n = 0;
    const killed = new Promise<void>((resolve) => {
      server!.once('exit', () => resolve());
    });
    let stop = false;
    const writer = async () => {
      while (!stop) {
        const i = n++;
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/v1/applications`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${actor.token}` },
            body: JSON.stringify({ name: `Aplikasi uji tabrakan ${i}`, functions: ['RAB.09.06.01'] }),
          });
          if (res.status === 201) {
            acknowledged.push(((await res.json()) as { id: number }).id);
            if (acknowledged.length === 60) server!.kill('SIGKILL');
          }
        } catch {
          stop = true; // the connection died with the server: this write was never acknowledged
        }
      }
    };
    await Promise.all([...Array.from({ length: 8 }, writer), killed.then(() => (stop = true))]);
    server = undefined;
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);

    const after = createClient({ url: `file:${file}` });
    const integrity = await after.execute('pragma integrity_check');
    expect(String(Object.values(integrity.rows[0]!)[0])).toBe('ok');
    const stored = await after.execute(
      "select id from applications where name like 'Aplikasi uji tabrakan %'",
    );
    const ids = new Set(stored.rows.map((r) => Number(r.id)));
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
    after.close();
  }, 120_000);
});
