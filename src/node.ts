import { availableParallelism } from 'node:os';
import { getConnInfo } from '@hono/node-server/conninfo';
import { migrateDb } from '../db/migrate';
import { mayCreateDatabase, openNodeDb } from '../db/open';
import { refreshStatistics, scheduleStatistics } from '../db/stats';
import { createDemoAccounts, DEMO_PASSWORD, presentDemoAccounts } from '../seeds/accounts';
import { generateDemo } from '../seeds/demo';
import { createDemoProposals } from '../seeds/demo-proposals';
import { hasReferenceData, seedReference } from '../seeds/reference';
import { createApp } from './app';
import { holdDatabase, localDatabasePath } from './backup';
import { type Config, DEVELOPMENT_CLEARANCE_KEY, parseConfig } from './config';
import { setOverlapReadCache } from './features/overlap/reads-cache';
import { scheduleNationalPicture } from './features/rationalisation/service';
import { nodeDigest } from './kernel/digest-node';
import { withCompression } from './kernel/http/compress-node';
import { errorFields, jsonLogger } from './kernel/log';
import type { Mailer } from './kernel/mail';
import { httpMailer } from './kernel/mail-http';
import { smtpMailer } from './kernel/mail-smtp';
import { nativeHasher } from './kernel/password-node';
import { progressPrinter } from './kernel/progress';
import { exitOnSignals, serveGracefully } from './node-server';
import { threadOverlapChecker } from './overlap-check-node';
import { threadSpecParser } from './spec-parser-node';

/** SMTP when configured, else the HTTP mail API, else none (the in-app inbox only). */
function nodeMailer(config: Config): Mailer | undefined {
  const from = config.MAIL_FROM ?? config.SMTP_FROM;
  if (!from) return undefined;
  if (config.SMTP_URL) return smtpMailer(config.SMTP_URL, from);
  if (config.MAIL_API_URL) return httpMailer(config.MAIL_API_URL, config.MAIL_API_TOKEN, from);
  return undefined;
}

/**
 * Node entry: the embedded default. On an empty database it migrates, loads the national
 * reference data and a demo data set, then serves on PORT until SIGTERM/SIGINT, when it
 * finishes the requests in flight (at most SHUTDOWN_TIMEOUT seconds), closes the database and
 * exits 0.
 */
async function main() {
  const config = parseConfig(process.env);
  setOverlapReadCache(config.OVERLAP_READ_CACHE);
  const db = await openNodeDb(config, { create: mayCreateDatabase(config), cacheStatements: true });
  const local = localDatabasePath(config.DATABASE_URL);
  // `katalog restore` refuses while this file names a live process.
  if (local) holdDatabase(local);
  await migrateDb(db);
  if (!(await hasReferenceData(db))) {
    console.log('Empty database: loading the national reference data…');
    await seedReference(db, progressPrinter());
    if (config.DEMO_APPS > 0) {
      console.log(`Loading ${config.DEMO_APPS} demo applications (seed ${config.DEMO_SEED})…`);
      const print = progressPrinter();
      const result = await generateDemo(db, {
        apps: config.DEMO_APPS,
        seed: config.DEMO_SEED,
        onProgress: (done, total) => print('demo applications', done, total),
      });
      console.log(`Demo: ${result.applications} applications, ${result.apis} APIs.`);
      // Demo accounts have a published password: never on a production server.
      if (config.NODE_ENV !== 'production') {
        await createDemoAccounts(db, nativeHasher);
        await createDemoProposals(db, config.CLEARANCE_KEY);
      }
    }
  }
  // Statistics after whatever was loaded above, then kept current while serving (db/stats.ts).
  await refreshStatistics(db);
  const stopStatistics = scheduleStatistics(db, 60 * 60 * 1000, (error) =>
    jsonLogger({ level: 'warn', msg: 'PRAGMA optimize failed', ...errorFields(error) }),
  );
  // The national picture (/rasionalisasi) is computed in the background when missing or a day old.
  const stopPicture = scheduleNationalPicture(db, {
    onError: (error) => jsonLogger({ level: 'warn', msg: 'national picture failed', ...errorFields(error) }),
  });
  // Overlap checks on their own threads and connections (decision 0040): only for a local file,
  // where a check is synchronous work on the thread that runs it.
  const onFile = config.DATABASE_URL.startsWith('file:') && !config.DATABASE_SYNC_URL;
  const threads = onFile ? (config.OVERLAP_THREADS ?? Math.max(1, availableParallelism() - 1)) : 0;
  const overlapChecker = threads > 0 ? threadOverlapChecker(config, threads) : undefined;
  let server: Awaited<ReturnType<typeof serveGracefully>> | undefined;
  const app = createApp({
    db,
    config,
    passwords: nativeHasher,
    clientAddress: (c) => getConnInfo(c).remote.address,
    mailer: nodeMailer(config),
    specParser: threadSpecParser(),
    overlapChecker,
    log: jsonLogger,
    draining: () => server?.draining() ?? false,
    compress: true,
    admission: true,
    digest: nodeDigest,
  });
  server = await serveGracefully({
    // Compressed outside the app, as whole bodies (src/kernel/http/compress-node.ts).
    fetch: withCompression(app.fetch),
    port: config.PORT,
    hostname: config.HOST,
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT * 1000,
    onClosed: async () => {
      stopStatistics();
      stopPicture();
      await overlapChecker?.close();
      // Fold the write-ahead log into the database file, so a copy of the file taken after
      // shutdown is complete on its own.
      if (config.DATABASE_URL.startsWith('file:') && !config.DATABASE_SYNC_URL)
        await db.$client.execute('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => undefined);
      db.$client.close();
    },
  });
  exitOnSignals(server, (msg) => jsonLogger({ level: 'info', msg }));
  console.log(`\nKatalog Aplikasi SPBE is running at http://localhost:${server.port}`);
  console.log(`Database: ${config.DATABASE_URL}`);
  if (config.CLEARANCE_KEY === DEVELOPMENT_CLEARANCE_KEY) {
    console.warn('Warning: CLEARANCE_KEY is not set; clearances use a development key.');
  }
  const accounts = await presentDemoAccounts(db);
  if (accounts.length) {
    console.log(`\nDemo accounts (password: ${DEMO_PASSWORD}):`);
    for (const a of accounts) console.log(`  ${a.email.padEnd(34)} ${a.what}`);
    console.log('Create a real admin: npm run katalog -- user:create --role admin --email … --name …');
  }
}

/** A startup failure as one readable line (bad configuration keeps its one line per key). */
function startupError(error: unknown): string {
  const e = error as NodeJS.ErrnoException & { port?: number };
  if (e?.code === 'EADDRINUSE')
    return `port ${e.port ?? process.env.PORT} is already in use; set another PORT`;
  if (e?.code === 'EACCES') return `port ${e.port ?? process.env.PORT} is not permitted`;
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  console.error(`Error: ${startupError(error)}`);
  process.exit(1);
});
