import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { migrateDb } from '../db/migrate';
import { openNodeDb } from '../db/open';
import { refreshStatistics } from '../db/stats';
import { createDemoAccounts } from '../seeds/accounts';
import { generateDemo } from '../seeds/demo';
import { createDemoProposals } from '../seeds/demo-proposals';
import { seedReference } from '../seeds/reference';
import { BackupError, backupDatabase, EXIT, restoreDatabase } from './backup';
import { parseConfig } from './config';
import { createUser } from './features/admin/service';
import { runClustering } from './features/rationalisation/service';
import { UserInput } from './features/registry/schemas';
import { importFile, refreshAfterImport } from './features/transfer/import-service';
import { Invalid } from './kernel/errors';
import { translateIssues, translator } from './kernel/i18n';
import { nativeHasher } from './kernel/password-node';
import { progressPrinter } from './kernel/progress';
import { toFieldIssues } from './kernel/schemas';

/** The CLI is for operators: it speaks English, like the server's console and logs (decision 0030). */
const cliText = translator('en');

const USAGE = `usage: npm run katalog -- <command> [options]

  migrate                      apply database migrations
  seed                         load the national reference data (idempotent)
  demo --apps N [--seed S]     generate N deterministic demo applications (0–30000)
  user:create --email E --name N --role R [--agency CODE]
                               create an account (password from KATALOG_PASSWORD or stdin);
                               the first admin is made this way
  import FILE --agency CODE [--dry-run]
                               import applications from CSV, JSON, NDJSON, catalog-info.yaml or
                               publiccode.yml; all or nothing
  backup FILE [--force]        copy the database to FILE and verify the copy; an existing FILE is
                               replaced only with --force
  clusters                     recompute the national picture (clusters of similar applications,
                               national service coverage, savings)
  restore FILE                 replace the database with a verified FILE; refused while a server runs

Exit codes: 0 ok, 1 failed, 2 usage, 3 refused as unsafe, 4 unsound database file

The database comes from DATABASE_URL (default file:data/katalog.db).`;

class UsageError extends Error {}

function intOption(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
  fallback?: number,
): number {
  if (value === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} is required`);
    return fallback;
  }
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number (got "${value}")`);
  const n = Number(value);
  if (n < min || n > max) throw new UsageError(`--${name} must be between ${min} and ${max}`);
  return n;
}

async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      apps: { type: 'string' },
      seed: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      agency: { type: 'string' },
      force: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    console.log(USAGE);
    return;
  }
  const config = parseConfig(process.env);
  // backup and restore never open the database the usual way: that would create a missing one.
  if (command === 'backup' || command === 'restore') {
    const file = rest[0];
    if (!file) throw new UsageError(`${command} needs a FILE`);
    if (command === 'backup') {
      const r = await backupDatabase({
        databaseUrl: config.DATABASE_URL,
        authToken: config.DATABASE_AUTH_TOKEN,
        target: file,
        force: values.force,
      });
      console.log(`Backup verified and written to ${r.file} (${r.tables} tables, ${r.rows} rows)`);
    } else {
      const r = await restoreDatabase({ databaseUrl: config.DATABASE_URL, file });
      console.log(
        `Database restored from ${file} (${r.tables} tables, ${r.rows} rows)` +
          (r.previous ? `\nThe replaced database is kept as ${r.previous}` : ''),
      );
    }
    return;
  }
  const db = await openNodeDb(config);
  switch (command) {
    case 'migrate':
      await migrateDb(db);
      console.log('Migrations applied.');
      return;
    case 'seed':
      await migrateDb(db);
      await seedReference(db, progressPrinter());
      await refreshStatistics(db, { full: true });
      console.log('Reference data loaded.');
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
        `Demo: ${result.applications} applications, ${result.apis} APIs in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      );
      await createDemoAccounts(db, nativeHasher);
      await createDemoProposals(db, config.CLEARANCE_KEY);
      return;
    }
    case 'clusters': {
      await migrateDb(db);
      const print = progressPrinter();
      const r = await runClustering(db, {
        onProgress: (step, done, total) => print(`clusters ${step}`, done, total),
      });
      console.log(
        cliText('rat.cliDone', {
          apps: r.applications,
          clusters: r.clusters,
          covered: r.covered,
          s: (r.durationMs / 1000).toFixed(1),
        }),
      );
      return;
    }
    case 'user:create': {
      await migrateDb(db);
      const password = process.env.KATALOG_PASSWORD ?? (await readStdin()).trim();
      const parsed = v.safeParse(UserInput, {
        email: values.email,
        name: values.name,
        role: values.role,
        agency: values.agency,
        password,
      });
      if (!parsed.success) {
        throw new UsageError(
          translateIssues(cliText, toFieldIssues(parsed.issues, 'input'))
            .map((f) => `--${f.field}: ${f.message}`)
            .join('\n'),
        );
      }
      try {
        const id = await createUser(db, nativeHasher, null, parsed.output);
        console.log(`Account created: #${id} ${parsed.output.email} (${parsed.output.role})`);
      } catch (error) {
        if (error instanceof Invalid)
          throw new UsageError(
            translateIssues(cliText, error.fields)
              .map((f) => `--${f.field}: ${f.message}`)
              .join('\n'),
          );
        throw error;
      }
      return;
    }
    case 'import': {
      const file = rest[0];
      if (!file) throw new UsageError(cliText('transfer.cli.needsFile'));
      if (!values.agency) throw new UsageError(cliText('transfer.cli.needsAgency'));
      await migrateDb(db);
      const print = progressPrinter();
      const dryRun = values['dry-run'] === true;
      try {
        const report = await importFile(db, null, {
          agency: values.agency,
          fileName: file,
          bytes: new Uint8Array(await readFile(file)),
          dryRun,
          onProgress: (d, t, phase) => print(cliText(`transfer.phase.${phase}`), d, t),
        });
        for (const row of report.rows) {
          for (const issue of translateIssues(cliText, row.issues)) {
            console.log(
              cliText('transfer.cli.rowIssue', {
                line: row.line,
                field: issue.field,
                message: issue.message,
              }),
            );
          }
        }
        const summary = { ...report.counts, agency: report.agency.code };
        const outcome = report.applied
          ? 'transfer.cli.applied'
          : dryRun
            ? 'transfer.cli.dryRun'
            : report.counts.error
              ? 'transfer.cli.notApplied'
              : 'transfer.cli.nothingToDo';
        console.log(cliText(outcome, summary));
        if (report.applied) {
          // The national picture (clusters, coverage) changes with many applications at once.
          const r = await refreshAfterImport(db);
          console.log(
            cliText('rat.cliDone', {
              apps: r.applications,
              clusters: r.clusters,
              covered: r.covered,
              s: (r.durationMs / 1000).toFixed(1),
            }),
          );
        }
        if (report.counts.error)
          throw new Error(cliText('transfer.cli.rowsWrong', { error: report.counts.error }));
      } catch (error) {
        if (error instanceof Invalid) {
          throw new Error(
            translateIssues(cliText, error.fields)
              .map((f) => `${f.field}: ${f.message}`)
              .join('\n'),
          );
        }
        throw error;
      }
      return;
    }
    default:
      throw new UsageError(`Unknown command "${command}"\n\n${USAGE}`);
  }
}

/** The password piped on stdin (never a command-line argument, which `ps` would show). */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new UsageError('pass the password in KATALOG_PASSWORD or on stdin');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(
      error instanceof UsageError ? EXIT.usage : error instanceof BackupError ? error.exitCode : EXIT.failed,
    );
  },
);
