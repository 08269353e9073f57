import { describe, expect, it } from 'vitest';
import { APP_STATUSES, type AppStatus } from '../../db/schema/applications';
import { type Action, type Capability, can, may } from './policy';
import type { SessionUser } from './user';

const user = (role: SessionUser['role'], agencyId: number | null): SessionUser =>
  ({ id: 1, email: `${role}@x.go.id`, name: role, role, agencyId }) as SessionUser;

const operator = user('operator', 7);
const otherOperator = user('operator', 8);
const reviewer = user('reviewer', 99);
const ownReviewer = user('reviewer', 7);
const admin = user('admin', null);

/** For each action, the statuses from which the owning operator may take it. */
const OPERATOR_MAY: Record<Action, AppStatus[]> = {
  'application.manage': [...APP_STATUSES],
  'application.edit': APP_STATUSES.filter((s) => s !== 'proposed' && s !== 'rejected'),
  'application.activate': ['draft', 'approved'],
  'application.retire': ['active'],
  'application.reopen': ['retired'],
  'application.delete': ['draft'],
  'proposal.edit': ['draft', 'returned'],
  'proposal.submit': ['draft', 'returned'],
  'proposal.decide': [],
};

describe('can(user, action, resource): the one permission table', () => {
  for (const [action, allowed] of Object.entries(OPERATOR_MAY) as [Action, AppStatus[]][]) {
    it.each(APP_STATUSES)(
      `lets the owning operator ${action} from %s only where the lifecycle allows`,
      (status) => {
        expect(can(operator, action, { agencyId: 7, status })).toBe(allowed.includes(status));
      },
    );
  }

  it('lets nobody outside the agency change it, and no one signed out', () => {
    for (const action of Object.keys(OPERATOR_MAY) as Action[]) {
      if (action === 'proposal.decide') continue;
      for (const status of APP_STATUSES) {
        expect(can(otherOperator, action, { agencyId: 7, status })).toBe(false);
        expect(can(reviewer, action, { agencyId: 7, status })).toBe(false);
        expect(can(null, action, { agencyId: 7, status })).toBe(false);
      }
    }
  });

  it('lets admins edit but not submit a proposal', () => {
    expect(can(admin, 'proposal.edit', { agencyId: 7, status: 'returned' })).toBe(true);
    expect(can(admin, 'proposal.submit', { agencyId: 7, status: 'returned' })).toBe(false);
  });

  it('never activates a proposal’s draft: it goes live through review', () => {
    expect(can(operator, 'application.activate', { agencyId: 7, status: 'draft', isProposal: true })).toBe(
      false,
    );
    expect(can(operator, 'application.activate', { agencyId: 7, status: 'approved', isProposal: true })).toBe(
      true,
    );
  });

  it('lets a reviewer decide a proposed application of another agency only', () => {
    expect(can(reviewer, 'proposal.decide', { agencyId: 7, status: 'proposed' })).toBe(true);
    expect(can(ownReviewer, 'proposal.decide', { agencyId: 7, status: 'proposed' })).toBe(false);
    expect(can(reviewer, 'proposal.decide', { agencyId: 7, status: 'returned' })).toBe(false);
    expect(can(operator, 'proposal.decide', { agencyId: 8, status: 'proposed' })).toBe(false);
    expect(can(admin, 'proposal.decide', { agencyId: 7, status: 'proposed' })).toBe(false);
  });

  it.each<[Capability]>([
    ['application.chooseOwner'],
    ['application.chooseCategory'],
    ['agency.edit'],
    ['clearance.revoke'],
  ])('keeps %s to admins', (capability) => {
    expect(may(admin, capability)).toBe(true);
    for (const u of [operator, reviewer, null]) expect(may(u, capability)).toBe(false);
  });

  it('lets operators and admins import, nobody else', () => {
    expect(may(operator, 'application.import')).toBe(true);
    expect(may(admin, 'application.import')).toBe(true);
    expect(may(reviewer, 'application.import')).toBe(false);
    expect(may(null, 'application.import')).toBe(false);
  });
});
