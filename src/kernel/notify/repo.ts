import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { rows } from '../repo';

/** The e-mail addresses of the active accounts of a role (optionally of one agency). */
export async function activeEmails(db: Db, to: { role: string; agencyId?: number }) {
  const found = await rows<{ email: string }>(
    db,
    sql`select email from users where active = 1 and role = ${to.role}
        ${to.agencyId !== undefined ? sql`and agency_id = ${to.agencyId}` : sql``}`,
  );
  return found.map((r) => r.email);
}
