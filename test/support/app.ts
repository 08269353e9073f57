import { createApp } from '../../src/app';
import { parseConfig } from '../../src/config';
import { nativeHasher } from '../../src/kernel/password-node';
import { createTestDb } from './db';

/** A fresh app over a fresh database, configured as in tests (plain-HTTP cookies). */
export async function createTestApp(opts: Parameters<typeof createTestDb>[0] = {}) {
  const db = await createTestDb(opts);
  const config = parseConfig({ SECURE_COOKIES: 'false', DEMO_APPS: '0', LOG_REQUESTS: 'false' });
  return { app: createApp({ db, config, passwords: nativeHasher }), db, config };
}
