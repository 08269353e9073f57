import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { migrateDb } from '../db/migrate';
import { openNodeDb } from '../db/open';
import { createDemoAccounts, DEMO_PASSWORD, presentDemoAccounts } from '../seeds/accounts';
import { generateDemo } from '../seeds/demo';
import { createDemoProposals } from '../seeds/demo-proposals';
import { hasReferenceData, seedReference } from '../seeds/reference';
import { createApp } from './app';
import { holdDatabase, localDatabasePath } from './backup';
import { parseConfig } from './config';
import { smtpMailer } from './kernel/mail-smtp';
import { nativeHasher } from './kernel/password-node';
import { progressPrinter } from './kernel/progress';
import { threadSpecParser } from './spec-parser-node';

/**
 * Node entry: the embedded default. On an empty database it migrates, loads the national
 * reference data and a demo data set, then serves on PORT.
 */
async function main() {
  const config = parseConfig(process.env);
  const db = await openNodeDb(config);
  const local = localDatabasePath(config.DATABASE_URL);
  // `katalog restore` refuses while this file names a live process.
  if (local) holdDatabase(local);
  await migrateDb(db);
  if (!(await hasReferenceData(db))) {
    console.log('Database kosong: memuat data referensi nasional… / Empty database: loading reference data…');
    await seedReference(db, progressPrinter());
    if (config.DEMO_APPS > 0) {
      console.log(
        `Memuat ${config.DEMO_APPS} aplikasi demo (seed ${config.DEMO_SEED})… / Loading demo applications…`,
      );
      const print = progressPrinter();
      const result = await generateDemo(db, {
        apps: config.DEMO_APPS,
        seed: config.DEMO_SEED,
        onProgress: (done, total) => print('demo applications', done, total),
      });
      console.log(`Demo: ${result.applications} aplikasi, ${result.apis} API.`);
      await createDemoAccounts(db, nativeHasher);
      await createDemoProposals(db, config.CLEARANCE_KEY);
    }
  }
  const app = createApp({
    db,
    config,
    passwords: nativeHasher,
    clientAddress: (c) => getConnInfo(c).remote.address,
    mailer: config.SMTP_URL && config.SMTP_FROM ? smtpMailer(config.SMTP_URL, config.SMTP_FROM) : undefined,
    specParser: threadSpecParser(),
  });
  serve({ fetch: app.fetch, port: config.PORT, hostname: '0.0.0.0' }, (info) => {
    console.log(`\nKatalog Aplikasi SPBE berjalan di / is running at http://localhost:${info.port}`);
    console.log(`Database: ${config.DATABASE_URL}`);
    if (config.CLEARANCE_KEY === 'development-only-clearance-key') {
      console.warn(
        'Peringatan / warning: CLEARANCE_KEY belum diatur; rekomendasi memakai kunci pengembangan / not set, clearances use a development key.',
      );
    }
    void presentDemoAccounts(db).then((accounts) => {
      if (!accounts.length) return;
      console.log(`\nAkun demo / demo accounts (kata sandi / password: ${DEMO_PASSWORD}):`);
      for (const a of accounts) console.log(`  ${a.email.padEnd(34)} ${a.what}`);
      console.log(
        'Buat admin sungguhan / create a real admin: npm run katalog -- user:create --role admin --email … --name …',
      );
    });
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
