import { APP_STATUSES, type AppStatus, PUBLIC_STATUSES } from '../../db/schema/applications';
import type { Role } from '../../db/schema/auth';
import { DELETABLE_STATUSES, FROZEN_STATUSES, TRANSITIONS } from '../domain/lifecycle';
import { Forbidden, NotFound, Unauthorized } from './errors';
import { msg } from './i18n';
import type { SessionUser } from './user';

/**
 * Who may see and change what, in one place. Services call these guards; routes and templates
 * never decide access themselves. A denied read looks like "not found", so the existence of
 * another agency's draft is not revealed.
 */
export interface Viewer {
  /** Statuses visible in every agency's entries. */
  statuses: readonly AppStatus[];
  user: SessionUser | null;
}

export const PUBLIC_VIEWER: Viewer = { statuses: PUBLIC_STATUSES, user: null };

/** Reviewers and admins see every status; operators see published entries plus their agency's own. */
export function viewerOf(user: SessionUser | null): Viewer {
  if (user && (user.role === 'reviewer' || user.role === 'admin')) return { statuses: APP_STATUSES, user };
  return { statuses: PUBLIC_STATUSES, user };
}

export function canRead(viewer: Viewer, app: { status: AppStatus; agencyId: number }): boolean {
  return (
    viewer.statuses.includes(app.status) ||
    (viewer.user?.role === 'operator' && viewer.user.agencyId === app.agencyId)
  );
}

/** The application's agency's operators and admins: the owners (status aside; see `can`). */
function isOwner(user: SessionUser | null | undefined, app: { agencyId: number }): boolean {
  return !!user && (user.role === 'admin' || (user.role === 'operator' && user.agencyId === app.agencyId));
}

/** What someone may do to a catalogued application (its APIs included) or its proposal. */
export type Action =
  | 'application.manage'
  | 'application.edit'
  | 'application.activate'
  | 'application.retire'
  | 'application.reopen'
  | 'application.delete'
  | 'proposal.edit'
  | 'proposal.submit'
  | 'proposal.decide';

/** What the permission table needs to know of an application (and whether it is a proposal). */
export interface Resource {
  agencyId: number;
  status: AppStatus;
  /** The application is a proposal's draft: it goes live only through review. */
  isProposal?: boolean;
}

/**
 * The lifecycle states from which each action starts, taken from domain/lifecycle so the
 * transition table and the permission table cannot disagree.
 */
const FROM: Record<Action, readonly AppStatus[]> = {
  // The owner's tools (history, the owner's action bar) in every status.
  'application.manage': APP_STATUSES,
  // Nothing changes while a reviewer looks at it, or after a rejection.
  'application.edit': APP_STATUSES.filter((s) => !FROZEN_STATUSES.includes(s)),
  'application.activate': TRANSITIONS.activate.from,
  'application.retire': TRANSITIONS.retire.from,
  'application.reopen': TRANSITIONS.reopen.from,
  'application.delete': DELETABLE_STATUSES,
  // A proposal is edited and (re)submitted while it is a draft or returned for changes.
  'proposal.edit': TRANSITIONS.submit.from,
  'proposal.submit': TRANSITIONS.submit.from,
  'proposal.decide': TRANSITIONS.approve.from,
};

/**
 * The one permission table: may `user` do `action` to `resource` now? Services guard with it
 * (through the throwing guards below, or by asking it and throwing `Conflict`) and views ask it
 * what to show, so a button appears exactly when the action would be allowed.
 */
export function can(user: SessionUser | null | undefined, action: Action, resource: Resource): boolean {
  if (!FROM[action].includes(resource.status)) return false;
  // A reviewer decides on other agencies' proposals only.
  if (action === 'proposal.decide') return user?.role === 'reviewer' && user.agencyId !== resource.agencyId;
  if (!isOwner(user, resource)) return false;
  if (action === 'proposal.submit' && user?.role !== 'operator') return false;
  // A proposal's draft goes live only through review: submit it, never activate it.
  if (action === 'application.activate' && resource.isProposal && resource.status === 'draft') return false;
  return true;
}

/** What a role may do regardless of any one application: the rest of the table. */
export type Capability =
  | 'application.chooseOwner'
  | 'application.chooseCategory'
  | 'application.import'
  | 'agency.edit'
  | 'clearance.revoke';

const CAPABILITIES: Record<Capability, readonly Role[]> = {
  // Operators register for their own agency only; an admin names the owner.
  'application.chooseOwner': ['admin'],
  // Whether an application is a national shared one (umum) is the admins' call.
  'application.chooseCategory': ['admin'],
  // Imports register applications: operators for their agency, admins for any.
  'application.import': ['operator', 'admin'],
  'agency.edit': ['admin'],
  'clearance.revoke': ['admin'],
};

/** May `user` do `capability` at all? Views ask it what to show; services guard with {@link requireCapability}. */
export function may(user: SessionUser | null | undefined, capability: Capability): boolean {
  return !!user && CAPABILITIES[capability].includes(user.role);
}

/** Guards a capability: anonymous → 401, another role → 403. */
export function requireCapability(user: SessionUser | null, capability: Capability): SessionUser {
  return requireRole(user, ...CAPABILITIES[capability]);
}

export function requireSignedIn(user: SessionUser | null): SessionUser {
  if (!user) throw new Unauthorized(msg('auth.signInFirst'));
  return user;
}

export function requireRole(user: SessionUser | null, ...roles: Role[]): SessionUser {
  const u = requireSignedIn(user);
  if (!roles.includes(u.role)) {
    throw new Forbidden(msg('auth.onlyRole', { roles: roles.join(', ') }));
  }
  return u;
}

/**
 * Guards a change to an application: anonymous → 401; an account that cannot read it → 404;
 * one that can read but not change it (reviewers, other agencies' operators on published
 * entries) → 403.
 */
export function requireEdit(
  user: SessionUser | null,
  app: { id: number; status: AppStatus; agencyId: number },
) {
  const u = requireSignedIn(user);
  if (!canRead(viewerOf(u), app)) throw new NotFound(msg('app.notFound', { id: app.id }));
  if (!isOwner(u, app)) {
    throw new Forbidden(msg('app.ownerOnly'));
  }
  return u;
}
