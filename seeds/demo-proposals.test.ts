import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { nativeHasher } from '../src/kernel/password-node';
import { createTestDb } from '../test/support/db';
import { createDemoAccounts } from './accounts';
import { generateDemo } from './demo';
import { createDemoProposals } from './demo-proposals';

describe('the demo proposals', () => {
  // What `npm start` does on a fresh machine (src/node.ts): demo applications, accounts, then
  // proposals in every state through the same services as the pages.
  it('are made on the default demo data, in every state, once', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 2000, seed: 1 });
    await createDemoAccounts(db, nativeHasher);
    const made = await createDemoProposals(db, 'a-test-clearance-key-that-is-long-enough');
    expect(made).toBeGreaterThanOrEqual(4);
    const states = await db.all<{ status: string }>(
      sql`select distinct a.status from proposals p join applications a on a.id = p.application_id`,
    );
    expect(states.map((s) => s.status).sort()).toEqual(['approved', 'proposed', 'rejected', 'returned']);
    expect(await createDemoProposals(db, 'a-test-clearance-key-that-is-long-enough')).toBe(0);
  }, 120_000);
});
