import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { migrateDb } from '../db/migrate';
import { openNodeDb } from '../db/open';
import { generateDemo } from '../seeds/demo';
import { seedReference } from '../seeds/reference';
import { parseConfig } from './config';
import { progressPrinter } from './progress';

const USAGE = `Penggunaan / usage: npm run katalog -- <perintah> [opsi]

  migrate                      terapkan migrasi basis data / apply database migrations
  seed                         muat data referensi nasional (idempoten) / load reference data (idempotent)
  demo --apps N [--seed S]     buat N aplikasi demo deterministik (0–30000) / generate N deterministic demo apps
  backup FILE                  salin basis data ke FILE (VACUUM INTO) / copy the database to FILE

Basis data dari DATABASE_URL (bawaan file:data/katalog.db). / Database from DATABASE_URL.`;

class UsageError extends Error {}

function intOption(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
  fallback?: number,
): number {
  if (value === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} wajib diisi / is required`);
    return fallback;
  }
  if (!/^\d+$/.test(value))
    throw new UsageError(`--${name} harus bilangan bulat / must be a whole number (got "${value}")`);
  const n = Number(value);
  if (n < min || n > max)
    throw new UsageError(`--${name} harus ${min}–${max} / must be between ${min} and ${max}`);
  return n;
}

async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { apps: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    console.log(USAGE);
    return;
  }
  const config = parseConfig(process.env);
  const db = await openNodeDb(config);
  switch (command) {
    case 'migrate':
      await migrateDb(db);
      console.log('Migrasi selesai / migrations applied.');
      return;
    case 'seed':
      await migrateDb(db);
      await seedReference(db, progressPrinter());
      console.log('Data referensi dimuat / reference data loaded.');
      return;
    case 'demo': {
      const apps = intOption(values.apps, 'apps', 0, 30_000);
      const seed = intOption(values.seed, 'seed', 0, 2 ** 31 - 1, 1);
      await migrateDb(db);
      await seedReference(db, progressPrinter());
      const print = progressPrinter();
      const started = performance.now();
      const result = await generateDemo(db, {
        apps,
        seed,
        onProgress: (d, t) => print('demo applications', d, t),
      });
      console.log(
        `Demo: ${result.applications} aplikasi, ${result.apis} API dalam ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      );
      return;
    }
    case 'backup': {
      const file = rest[0];
      if (!file) throw new UsageError('backup memerlukan nama berkas / backup needs a FILE');
      writeFileSync(file, ''); // fail early on an unwritable path, before the database does work
      await db.$client.execute({ sql: 'VACUUM INTO ?', args: [file] }).catch(async (e: unknown) => {
        throw new Error(`Backup gagal / failed: ${e instanceof Error ? e.message : String(e)}`);
      });
      console.log(`Cadangan ditulis ke / backup written to ${file}`);
      return;
    }
    default:
      throw new UsageError(`Perintah tidak dikenal / unknown command "${command}"\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Galat / error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
