import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { createDb, type Db } from '../../db/client';
import { migrateDb } from '../../db/migrate';
import { cacheStatements } from '../../db/statement-cache';
import { seedReference } from '../../seeds/reference';

// The app tests run on the server's statement cache, as the server does.
cacheStatements();

const dir = mkdtempSync(join(tmpdir(), 'katalog-test-'));
let counter = 0;
const templates = new Map<string, Promise<string>>();

async function buildTemplate(kind: 'empty' | 'reference'): Promise<string> {
  const path = join(dir, `template-${kind}.db`);
  const client = createClient({ url: `file:${path}` });
  const db = createDb(client);
  await migrateDb(db);
  if (kind === 'reference') await seedReference(db);
  client.close();
  return path;
}

/**
 * A fresh database for one test: a copy of a migrated template (built once per worker), so
 * each test gets its own file with no rows from any other test. `reference` (the default)
 * includes the national reference data and shared applications.
 */
export async function createTestDb(opts: { data?: 'empty' | 'reference' } = {}): Promise<Db> {
  return createDb(createClient({ url: `file:${await createTestDbFile(opts)}` }));
}

/** Like `createTestDb`, but returns the fresh file's path (for a server in another process). */
export async function createTestDbFile(opts: { data?: 'empty' | 'reference' } = {}): Promise<string> {
  const kind = opts.data ?? 'reference';
  let template = templates.get(kind);
  if (!template) {
    template = buildTemplate(kind);
    templates.set(kind, template);
  }
  const path = join(dir, `db-${process.pid}-${++counter}.db`);
  copyFileSync(await template, path);
  return path;
}
