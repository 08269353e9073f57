import type { Db } from '../../../db/client';
import type { Mailer } from '../mail';
import { activeEmails } from './repo';

/** What a service needs to e-mail a notice: the configured mailer and the site's public address. */
export interface MailDeps {
  mailer: Mailer | null | undefined;
  /** PUBLIC_URL: links in mail are absolute when it is set, site paths otherwise. */
  publicUrl?: string | null;
}

/** A site path as a link for an e-mail. */
export function mailLink(mail: MailDeps, path: string): string {
  return mail.publicUrl ? `${mail.publicUrl.replace(/\/$/, '')}${path}` : path;
}

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
    const emails = await activeEmails(db, to);
    if (emails.length) await mailer.send({ to: emails, subject, text });
  } catch (error) {
    console.error('mail not sent:', error instanceof Error ? error.message : error);
  }
}
