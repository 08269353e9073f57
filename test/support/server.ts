import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { generateDemo } from '../../seeds/demo';
import { createTestApp } from './app';

/** The real Node app on a random loopback port over a fresh database (with `demoApps` demo rows). */
export async function startTestServer(opts: { demoApps?: number } = {}) {
  const { app, db } = await createTestApp();
  if (opts.demoApps) await generateDemo(db, { apps: opts.demoApps, seed: 11 });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
