import type { Role } from '../../db/schema/auth';

/** A signed-in person as every request sees them (the session's or the API token's owner). */
export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  agencyId: number | null;
  agencyCode: string | null;
  agencyName: string | null;
  locale: string;
  /** Official position (jabatan), printed under the name on what the person signs. */
  position?: string | null;
}

/** How a person is named in the audit trail. */
export const actorLabel = (u: SessionUser) => `${u.name} <${u.email}>`;
