import type { Db } from '../../../db/client';
import type { Decision } from '../../../db/schema/reviews';
import { clearanceHash, clearanceNumber, hashMatches, numberChecks } from '../../domain/clearance';
import { type LifecycleAction, transition } from '../../domain/lifecycle';
import { addWorkingDays, endOfJakartaDay } from '../../domain/workdays';
import { Conflict, type FieldIssue, Forbidden, Invalid, NotFound } from '../../kernel/errors';
import { type MessageKey, msg, translator } from '../../kernel/i18n';
import { webPath } from '../../kernel/links';
import { type MailDeps, mailLink, mailRole } from '../../kernel/notify';
import { requireCapability, requireRole } from '../../kernel/policy';
import type { SessionUser } from '../../kernel/user';
import { actorOf, Batch, changedRows, isOn } from '../../kernel/write';
import { addStatusChange, runUpdate } from '../registry/service';
import * as repo from './repo';
import type { DecisionInput } from './schemas';
import { toQueueItemView } from './view-models';

/**
 * KemenPANRB's side: the queue of submitted proposals, decisions with coded reasons, the
 * clearances (rekomendasi) that approvals issue and anyone can verify, the public decision log,
 * and the notices that tell each side what happened.
 */

const ACTION_OF: Record<Decision, LifecycleAction> = {
  approved: 'approve',
  approved_with_conditions: 'approve',
  rejected: 'reject',
  returned: 'return',
};

export async function reviewQueue(
  db: Db,
  user: SessionUser | null,
  q: { agencyKind?: string; due?: 'overdue' | 'soon'; page: number },
  now = Date.now(),
) {
  requireRole(user, 'reviewer', 'admin');
  const holidays = await repo.holidaySet(db);
  const soon = endOfJakartaDay(addWorkingDays(new Date(now), 3, holidays)).getTime();
  const page = await repo.queue(db, {
    agencyKind: q.agencyKind,
    ...(q.due === 'overdue'
      ? { dueBefore: now }
      : q.due === 'soon'
        ? { dueAfter: now, dueBefore: soon }
        : {}),
    page: q.page,
    pageSize: 25,
  });
  return { ...page, items: page.items.map(toQueueItemView) };
}

export async function reasonCodes(db: Db) {
  return repo.reasonCodes(db);
}

/**
 * Decides the current round of a submitted proposal. The reviewer may not belong to the
 * proposing agency; a proposal is decided once per round — a second decision, even from a
 * simultaneous click, is refused as a conflict (unique index on proposal and round).
 */
export async function decide(
  db: Db,
  user: SessionUser | null,
  proposalId: number,
  input: DecisionInput,
  clearanceKey: string,
  opts: { now?: number; mail?: MailDeps } = {},
) {
  const now = opts.now ?? Date.now();
  const reviewer = requireRole(user, 'reviewer');
  const p = await repo.proposalById(db, proposalId);
  if (!p) throw new NotFound(msg('proc.e.proposalNotFound', { id: proposalId }));
  if (reviewer.agencyId !== null && reviewer.agencyId === p.agencyId) {
    throw new Forbidden(msg('proc.e.ownAgency'));
  }
  const t = transition(p.status, ACTION_OF[input.decision]);
  if (!t.ok) {
    throw new Conflict(
      p.status === 'proposed'
        ? t.reason
        : msg('proc.e.alreadyDecidedAs', { status: msg(`status.${p.status}` as MessageKey) }),
    );
  }
  if (input.round !== p.round) {
    throw new Conflict(msg('proc.e.resubmitted', { round: p.round }));
  }
  const issues: FieldIssue[] = [];
  const known = new Map((await repo.reasonCodes(db)).map((r) => [r.code, r]));
  input.reasonCodes.forEach((c, i) => {
    if (!known.has(c))
      issues.push({
        field: `reasonCodes.${i}`,
        message: msg('proc.e.unknownReason', { code: c }),
      });
  });
  if ((input.decision === 'rejected' || input.decision === 'returned') && input.reasonCodes.length === 0) {
    issues.push({ field: 'reasonCodes', message: msg('proc.e.pickReason') });
  }
  if (input.decision === 'approved_with_conditions' && !input.conditions) {
    issues.push({
      field: 'conditions',
      message: msg('proc.e.conditionsRequired'),
    });
  }
  const suggested = [...new Set(input.suggestedApplications)];
  const found = await repo.applicationNames(db, suggested);
  suggested.forEach((id, i) => {
    const a = found.find((f) => f.id === id);
    if (!a || !['approved', 'active', 'retired'].includes(a.status)) {
      issues.push({
        field: `suggestedApplications.${i}`,
        message: msg('proc.e.suggestedNotFound', { id }),
      });
    }
  });
  const approving = input.decision === 'approved' || input.decision === 'approved_with_conditions';
  const ceiling = input.budgetCeiling ?? p.requestedBudget;
  if (approving && ceiling > p.requestedBudget) {
    issues.push({
      field: 'budgetCeiling',
      message: msg('proc.e.ceilingAbove'),
    });
  }
  if (issues.length) throw new Invalid(msg('proc.e.invalidDecision'), issues);

  for (let attempt = 0; ; attempt++) {
    const batch = new Batch();
    // First, so a second decision on the same round fails before anything else is written.
    batch.add(
      repo.insertReview(db, {
        proposalId,
        round: p.round,
        decision: input.decision,
        reasonCodes: input.reasonCodes,
        conditions: input.conditions,
        comment: input.comment,
        suggested,
        reviewerId: reviewer.id,
        decidedAt: now,
      }),
    );
    const slot = addStatusChange(db, batch, { id: p.applicationId, to: t.to, version: p.version });
    let number: string | null = null;
    if (approving) {
      number = clearanceNumber(
        p.fiscalYear,
        await repo.nextClearanceSequence(db, p.fiscalYear),
        clearanceKey,
      );
      const content = {
        number,
        applicationId: p.applicationId,
        agencyId: p.agencyId,
        fiscalYear: p.fiscalYear,
        budgetCeiling: ceiling,
        conditions: input.conditions,
        issuedAt: now,
      };
      batch.add(
        repo.insertClearance(db, {
          number,
          proposalId,
          reviewId: repo.reviewIdOf(proposalId, p.round),
          applicationId: p.applicationId,
          agencyId: p.agencyId,
          fiscalYear: p.fiscalYear,
          budgetCeiling: ceiling,
          conditions: input.conditions,
          issuedAt: now,
          contentHash: clearanceHash(content, clearanceKey),
        }),
      );
    }
    batch.audit(db, {
      ...actorOf(reviewer),
      action: `decide:${input.decision}`,
      entityType: 'proposal',
      entityId: proposalId,
      before: { status: p.status, round: p.round },
      after: { status: t.to, decision: input.decision, reasonCodes: input.reasonCodes, clearance: number },
    });
    batch.add(
      repo.notifyRole(db, {
        role: 'operator',
        agencyId: p.agencyId,
        kind: input.decision === 'returned' ? 'returned' : 'decided',
        title: indonesian('proc.n.decided', { decision: msg(`decision.${input.decision}`), name: p.name }),
        body: input.comment.slice(0, 300),
        link: webPath.proposal(proposalId),
      }),
    );
    let numberTaken = false;
    try {
      await runUpdate(
        db,
        batch,
        { id: p.applicationId, version: p.version, name: p.name, slot },
        {
          unique: (constraint) => {
            // Another approval took this number between our read and write: read the next one.
            if (constraint === 'clearances.number') numberTaken = true;
            else if (isOn(constraint, 'reviews')) return alreadyDecided();
            return undefined;
          },
          // The application moved on (another decision raced this one): decided already.
          stale: alreadyDecided,
        },
      );
      if (opts.mail) {
        const tr = translator('id');
        await mailRole(
          db,
          opts.mail.mailer,
          { role: 'operator', agencyId: p.agencyId },
          tr('proc.mail.decidedSubject', { name: p.name }),
          `${tr('proc.mail.decidedBody', { name: p.name, decision: tr(`decision.${input.decision}`) })}${
            number ? ` ${tr('proc.mail.clearance', { number })}` : ''
          }\n\n${mailLink(opts.mail, webPath.proposal(proposalId))}`,
        );
      }
      return {
        proposalId,
        decision: input.decision,
        status: t.to,
        clearance: number,
        proposal: { name: p.name, agencyId: p.agencyId, agencyName: p.agencyName },
      };
    } catch (error) {
      if (!numberTaken) throw error;
      if (attempt < 5) continue;
      throw new Conflict(msg('proc.e.numberingBusy'));
    }
  }
}

const alreadyDecided = () => new Conflict(msg('proc.e.alreadyDecided'));

/** Stored notices are written once, in the product's first language. */
const indonesian = translator('id');

/** The verification everyone may run: is this clearance genuine, and was it revoked? */
export async function verifyClearance(db: Db, number: string, clearanceKey: string) {
  const wanted = number.trim().toUpperCase();
  // A mistyped or invented number fails its check characters: no lookup needed.
  const c = numberChecks(wanted, clearanceKey) ? await repo.clearanceByNumber(db, wanted) : undefined;
  if (!c) throw new NotFound(msg('proc.e.clearanceNotFound', { number }));
  const authentic = hashMatches(
    clearanceHash(
      {
        number: c.number,
        applicationId: c.applicationId,
        agencyId: c.agencyId,
        fiscalYear: c.fiscalYear,
        budgetCeiling: c.budgetCeiling,
        conditions: c.conditions,
        issuedAt: c.issuedAt,
      },
      clearanceKey,
    ),
    c.contentHash,
  );
  const revoked = c.revokedAt !== null;
  return {
    number: c.number,
    valid: authentic && !revoked,
    authentic,
    revoked,
    revokedAt: c.revokedAt ? new Date(c.revokedAt).toISOString() : null,
    revokedReason: c.revokedReason,
    application: { id: c.applicationId, name: c.applicationName },
    agency: { code: c.agencyCode, name: c.agencyName },
    fiscalYear: c.fiscalYear,
    budgetCeiling: c.budgetCeiling,
    conditions: c.conditions,
    issuedAt: new Date(c.issuedAt).toISOString(),
    proposalId: c.proposalId,
    /** The deciding official, as the letter's signatory. */
    signatory: c.signatoryName ? { name: c.signatoryName, position: c.signatoryPosition } : null,
  };
}

export async function revokeClearance(
  db: Db,
  user: SessionUser | null,
  number: string,
  reason: string,
  now = Date.now(),
) {
  const admin = requireCapability(user, 'clearance.revoke');
  const c = await repo.clearanceByNumber(db, number);
  if (!c) throw new NotFound(msg('proc.e.clearanceNotFound', { number }));
  // The revocation, its audit event and the notice in one batch; the last two only if this
  // request is the one that revoked it.
  const revokedNow = repo.revokedBy(c.id, now, admin.id);
  const batch = new Batch();
  const slot = batch.add(repo.revokeStatement(db, c.id, admin.id, reason, now));
  batch.audit(
    db,
    {
      ...actorOf(admin),
      action: 'revoke',
      entityType: 'clearance',
      entityId: c.id,
      before: { revoked: false },
      after: { revoked: true, reason },
    },
    revokedNow,
  );
  batch.add(
    repo.notifyRole(
      db,
      {
        role: 'operator',
        agencyId: c.agencyId,
        kind: 'revoked',
        title: indonesian('proc.n.revoked', { number: c.number }),
        body: reason,
        link: webPath.clearance(c.number),
      },
      revokedNow,
    ),
  );
  const res = await batch.run(db);
  if (!res.rowsAffected(slot)) throw new Conflict(msg('proc.e.alreadyRevoked'));
}

/** The public decision log, with suggested alternatives named. */
export async function decisionLog(
  db: Db,
  q: { decision?: string; agency?: string; reason?: string; year?: number; page: number; pageSize: number },
) {
  const page = await repo.decisionLog(db, { ...q, agencyCode: q.agency });
  const ids = [...new Set(page.items.flatMap((r) => JSON.parse(r.suggested) as number[]))];
  const names = new Map((await repo.applicationNames(db, ids)).map((a) => [a.id, a]));
  return {
    ...page,
    items: page.items.map((r) => ({
      ...r,
      reasonCodes: JSON.parse(r.reasonCodes) as string[],
      suggested: (JSON.parse(r.suggested) as number[]).map((id) => ({
        id,
        name: names.get(id)?.name ?? String(id),
        acronym: names.get(id)?.acronym ?? null,
      })),
    })),
  };
}

/**
 * A person's notices, newest first. A reviewer's "due soon" notices are computed on read (GET
 * never writes): one per proposal under review due within 3 working days, first, while it is
 * due; stored ones from before are superseded by them.
 */
export async function inbox(db: Db, user: SessionUser | null, now = Date.now()) {
  const u = requireRole(user, 'operator', 'reviewer', 'admin');
  const stored = await repo.notificationsOf(db, u.id);
  if (u.role !== 'reviewer') return stored;
  const holidays = await repo.holidaySet(db);
  const soon = endOfJakartaDay(addWorkingDays(new Date(now), 3, holidays)).getTime();
  const due = (await repo.dueBefore(db, soon)).map((p) => ({
    id: -p.id,
    kind: 'due_soon',
    title: indonesian('proc.n.dueSoonTitle', { name: p.name }),
    body: indonesian('proc.n.dueSoonBody'),
    link: webPath.review(p.id),
    readAt: null,
    createdAt: now,
  }));
  return [...due, ...stored.filter((n) => n.kind !== 'due_soon')];
}

export async function markRead(db: Db, user: SessionUser | null, id: number | null) {
  const u = requireRole(user, 'operator', 'reviewer', 'admin');
  await repo.markRead(db, u.id, id, Date.now());
}

export async function listHolidays(db: Db) {
  return repo.holidays(db);
}

export async function saveHoliday(db: Db, user: SessionUser | null, date: string, name: string) {
  const admin = requireRole(user, 'admin');
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new Invalid(msg('proc.e.invalidDate'), [{ field: 'date', message: msg('proc.e.noSuchDate') }]);
  }
  const batch = new Batch();
  batch.add(repo.addHolidayStatement(db, date, name));
  batch.audit(db, {
    ...actorOf(admin),
    action: 'save',
    entityType: 'holiday',
    entityId: Number(date.replaceAll('-', '')),
    before: null,
    after: { date, name },
  });
  await batch.run(db);
}

export async function removeHoliday(db: Db, user: SessionUser | null, date: string) {
  const admin = requireRole(user, 'admin');
  const batch = new Batch();
  const slot = batch.add(repo.deleteHolidayStatement(db, date));
  batch.audit(
    db,
    {
      ...actorOf(admin),
      action: 'delete',
      entityType: 'holiday',
      entityId: Number(date.replaceAll('-', '')),
      before: { date },
      after: null,
    },
    changedRows,
  );
  const res = await batch.run(db);
  if (!res.rowsAffected(slot)) throw new NotFound(msg('proc.e.holidayNotFound'));
}

/** An application a reviewer may suggest instead: "SIASN — Badan Kepegawaian Negara". */
export interface Alternative {
  id: number;
  name: string;
  acronym: string | null;
  agency: string;
  national: boolean;
  flagged: boolean;
}

/** Every national service, to search among when suggesting an application not in the findings. */
export async function nationalAlternatives(db: Db): Promise<Alternative[]> {
  return (await repo.nationalServices(db)).map((a) => ({ ...a, national: true, flagged: false }));
}

/**
 * Reads what a reviewer typed in the "other application" field: labels as the list shows them
 * ("SIASN — Badan Kepegawaian Negara"), several separated by ";", or application numbers.
 * Returns the ids found and an issue for each text that names nothing in the list.
 */
export function resolveAlternatives(
  text: string,
  options: readonly Alternative[],
): { ids: number[]; issues: FieldIssue[] } {
  const ids: number[] = [];
  const issues: FieldIssue[] = [];
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const part of text
    .split(/[;\n]+/)
    .map((x) => x.trim())
    .filter(Boolean)) {
    if (/^\d{1,9}$/.test(part)) {
      ids.push(Number(part));
      continue;
    }
    const wanted = norm(part);
    const hit =
      options.find((o) => norm(`${o.acronym ?? o.name} — ${o.agency}`) === wanted) ??
      options.find((o) => norm(o.acronym ?? '') === wanted || norm(o.name) === wanted);
    if (hit) ids.push(hit.id);
    else issues.push({ field: 'suggestedOther', message: msg('proc.e.suggestedUnknown', { text: part }) });
  }
  return { ids, issues };
}
