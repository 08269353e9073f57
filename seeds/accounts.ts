import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { Role } from '../db/schema/auth';
import { insertUser } from '../src/features/accounts/repo';
import type { PasswordHasher } from '../src/kernel/password';

/**
 * Demo accounts, created with the demo data only (never on a database without it) and printed
 * by `npm start`. The password is public by design: these accounts exist to try the product.
 */
export const DEMO_PASSWORD = 'demo-katalog-spbe';

export const DEMO_ACCOUNTS: {
  email: string;
  name: string;
  role: Role;
  agency: string | null;
  what: string;
  /** Jabatan, as printed under the signature of a clearance letter. */
  position?: string;
}[] = [
  {
    email: 'operator@demo.katalog.go.id',
    name: 'Operator Kab. Malang (demo)',
    role: 'operator',
    agency: '35.07',
    what: 'operator Kabupaten Malang',
  },
  {
    email: 'operator.bkn@demo.katalog.go.id',
    name: 'Operator BKN (demo)',
    role: 'operator',
    agency: 'BKN',
    what: 'operator BKN (owner of SIASN)',
  },
  {
    email: 'penilai@demo.katalog.go.id',
    name: 'Dr. Ratna Wulandari, M.Si. (demo)',
    role: 'reviewer',
    agency: 'KEMENPANRB',
    what: 'reviewer KemenPANRB',
    position: 'Asisten Deputi Transformasi Digital Pemerintahan',
  },
  { email: 'admin@demo.katalog.go.id', name: 'Admin (demo)', role: 'admin', agency: null, what: 'admin' },
];

/** Creates the demo accounts that do not exist yet (agencies missing from the data are skipped). */
export async function createDemoAccounts(db: Db, hasher: PasswordHasher) {
  const hash = await hasher.hash(DEMO_PASSWORD);
  const created: string[] = [];
  for (const a of DEMO_ACCOUNTS) {
    let agencyId: number | null = null;
    if (a.agency) {
      const row = await db.get<{ id: number } | undefined>(
        sql`select id from agencies where code = ${a.agency}`,
      );
      if (!row) continue;
      agencyId = row.id;
    }
    const id = await insertUser(db, {
      email: a.email,
      name: a.name,
      role: a.role,
      agencyId,
      passwordHash: hash,
      position: a.position ?? null,
    });
    if (id) created.push(a.email);
  }
  return created;
}

/** The demo accounts present in this database, for the start-up banner. */
export async function presentDemoAccounts(db: Db) {
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  const rows = await db.all<{ email: string }>(
    sql`select email from users where active = 1 and email in (${sql.join(
      emails.map((e) => sql`${e}`),
      sql`, `,
    )})`,
  );
  const present = new Set(rows.map((r) => r.email));
  return DEMO_ACCOUNTS.filter((a) => present.has(a.email));
}
