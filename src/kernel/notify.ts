import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Mailer } from './mail';

/**
 * E-mails the people an in-app notice went to (active users of a role, optionally of one
 * agency), when a mailer is configured. A failing relay never fails the request that caused the
 * notice: the inbox already has it; the error is logged.
 */
export async function mailRole(
  db: Db,
  mailer: Mailer | null | undefined,
  to: { role: string; agencyId?: number },
  subject: string,
  text: string,
) {
  if (!mailer) return;
  try {
    const rows = (await db.all(
      sql`select email from users where active = 1 and role = ${to.role}
          ${to.agencyId !== undefined ? sql`and agency_id = ${to.agencyId}` : sql``}`,
    )) as { email: string }[];
    if (rows.length) await mailer.send({ to: rows.map((r) => r.email), subject, text });
  } catch (error) {
    console.error('mail not sent:', error instanceof Error ? error.message : error);
  }
}
