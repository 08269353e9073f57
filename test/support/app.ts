import { expect } from 'vitest';
import { type App, createApp } from '../../src/app';
import { parseConfig } from '../../src/config';
import { nativeHasher } from '../../src/kernel/password-node';
import { createTestDb } from './db';

/**
 * A fresh app over a fresh database, configured as in tests (plain-HTTP cookies; every save
 * visible at the next anonymous read, as the feature tests read right after they write).
 */
export async function createTestApp(opts: Parameters<typeof createTestDb>[0] = {}) {
  const db = await createTestDb(opts);
  const config = parseConfig({
    SECURE_COOKIES: 'false',
    DEMO_APPS: '0',
    LOG_REQUESTS: 'false',
    RESPONSE_CACHE_GRACE_SECONDS: '0',
  });
  return { app: createApp({ db, config, passwords: nativeHasher }), db, config };
}

/**
 * GETs an HTML page and checks its status and content type; answers the page's text.
 * (`expect` from vitest, so a wrong status names the path.)
 */
export async function getPage(
  app: App,
  path: string,
  status = 200,
  headers?: Record<string, string>,
): Promise<string> {
  const res = await app.request(path, { headers });
  expect(res.status, path).toBe(status);
  expect(res.headers.get('content-type')).toContain('text/html');
  return res.text();
}
