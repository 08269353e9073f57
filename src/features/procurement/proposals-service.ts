import type { Db } from '../../../db/client';
import { transition } from '../../domain/lifecycle';
import { addWorkingDays, endOfJakartaDay, REVIEW_WORKING_DAYS } from '../../domain/workdays';
import { Conflict, type FieldIssue, Invalid, NotFound } from '../../kernel/errors';
import { msg, translator } from '../../kernel/i18n';
import { webPath } from '../../kernel/links';
import { type MailDeps, mailLink, mailRole } from '../../kernel/notify';
import { can, canRead, requireEdit, requireRole, viewerOf } from '../../kernel/policy';
import type { SessionUser } from '../../kernel/user';
import { actorOf, Batch } from '../../kernel/write';
import * as catalogue from '../catalogue/service';
import { checkOverlap, type OverlapReport } from '../overlap/service';
import type { UpdateApplicationInput } from '../registry/schemas';
import {
  addStatusChange,
  applicationConstraints,
  loadForEdit,
  prepareCreate,
  prepareUpdate,
  runUpdate,
  type Snapshot,
  snapshot,
  staleError,
} from '../registry/service';
import { reasonFor, reasonsAsked } from './reasons';
import * as repo from './repo';
import type { ProposalFields, UpdateProposalInput } from './schemas';
import { toFindingView, toProposalView, toReviewView } from './view-models';

/** Stored notices are written once, in the product's first language. */
const indonesian = translator('id');

/**
 * Proposals (usulan): an application in draft plus the procurement facts, checked for overlap
 * while it is written, submitted to KemenPANRB with a reason for not reusing each flagged
 * application, and snapshotted with its findings at every submission.
 */

/** An uploaded KAK or cost-benefit document. */
export interface DocumentUpload {
  kind: 'kak' | 'cost_benefit';
  filename: string;
  mediaType: string;
  bytes: Uint8Array;
}

export const DOCUMENT_MAX_BYTES = 1024 * 1024;
const ACCEPTED_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/msword',
  'application/vnd.oasis.opendocument.text',
];

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Checks the uploads and adds the statements that store them (and the linked documents) to `batch`. */
function addDocuments(
  db: Db,
  batch: Batch,
  proposalId: Parameters<typeof repo.replaceDocument>[1],
  input: ProposalFields,
  uploads: DocumentUpload[],
) {
  const issues: FieldIssue[] = [];
  const stmts: Parameters<Batch['add']> = [];
  for (const u of uploads) {
    const field = u.kind === 'kak' ? 'kakFile' : 'costBenefitFile';
    if (u.bytes.length > DOCUMENT_MAX_BYTES) {
      issues.push({ field, message: msg('proc.e.fileTooBig') });
    } else if (!ACCEPTED_TYPES.includes(u.mediaType) && !/\.(pdf|docx?|odt)$/i.test(u.filename)) {
      issues.push({ field, message: msg('proc.e.fileType') });
    } else {
      stmts.push(
        ...repo.replaceDocument(db, proposalId, {
          kind: u.kind,
          filename: u.filename.slice(0, 200),
          mediaType: u.mediaType || 'application/octet-stream',
          size: u.bytes.length,
          content: toBase64(u.bytes),
          url: null,
        }),
      );
    }
  }
  const uploaded = new Set(uploads.map((u) => u.kind));
  for (const [kind, url] of [
    ['kak', input.kakUrl],
    ['cost_benefit', input.costBenefitUrl],
  ] as const) {
    if (url && !uploaded.has(kind)) {
      stmts.push(
        ...repo.replaceDocument(db, proposalId, {
          kind,
          filename: null,
          mediaType: null,
          size: null,
          content: null,
          url,
        }),
      );
    }
  }
  if (issues.length) throw new Invalid(msg('proc.e.invalidDocument'), issues);
  batch.add(...stmts);
}

/** The application fields a proposal form states. */
const proposalOwnFields = (input: ProposalFields) => ({
  name: input.name,
  acronym: input.acronym,
  description: input.description,
  functions: input.functions,
  dataEntities: input.dataEntities,
});

/** The stored application fields the proposal form does not show, as update input. */
function keptFields(
  snap: Snapshot | undefined,
): Omit<UpdateApplicationInput, 'version' | keyof ReturnType<typeof proposalOwnFields>> {
  const str = (x: unknown) => (typeof x === 'string' ? x : null);
  const num = (x: unknown) => (typeof x === 'number' ? x : null);
  const list = (x: unknown) => (Array.isArray(x) ? (x as unknown[]) : []);
  return {
    unit: str(snap?.unit),
    category: (snap?.category as 'umum' | 'khusus' | undefined) ?? 'khusus',
    raa: str(snap?.raa),
    hosting: str(snap?.hosting) as UpdateApplicationInput['hosting'],
    url: str(snap?.url),
    repositoryUrl: str(snap?.repositoryUrl),
    licence: str(snap?.licence),
    yearlyCost: num(snap?.yearlyCost),
    launchYear: num(snap?.launchYear),
    contactName: str(snap?.contactName),
    contactEmail: str(snap?.contactEmail),
    contactPhone: str(snap?.contactPhone),
    consumedApis: list(snap?.consumedApis).filter((x): x is number => typeof x === 'number'),
    relations: list(snap?.relations).flatMap((r) => {
      const [kind, id] = String(r).split(':');
      return kind && id
        ? [{ kind: kind as UpdateApplicationInput['relations'][number]['kind'], application: Number(id) }]
        : [];
    }),
  };
}

const appFields = (input: ProposalFields) => ({
  name: input.name,
  acronym: input.acronym,
  description: input.description,
  functions: input.functions,
  dataEntities: input.dataEntities,
  category: 'khusus' as const,
  unit: null,
  raa: null,
  hosting: null,
  url: null,
  repositoryUrl: null,
  licence: null,
  yearlyCost: null,
  launchYear: null,
  contactName: null,
  contactEmail: null,
  contactPhone: null,
  consumedApis: [],
  relations: [],
});

/** Starts a proposal: a draft application and its proposal row, in one batch. */
export async function createProposal(
  db: Db,
  user: SessionUser | null,
  input: ProposalFields,
  uploads: DocumentUpload[] = [],
) {
  const u = requireRole(user, 'operator');
  const batch = new Batch();
  const app = await prepareCreate(db, u, { ...appFields(input), status: 'draft' }, batch);
  const proposalSlot = batch.add(repo.insertProposal(db, app.appId, input));
  const proposalId = repo.proposalIdOfApp(app.appId);
  addDocuments(db, batch, proposalId, input, uploads);
  batch.audit(db, {
    ...actorOf(u),
    action: 'create',
    entityType: 'proposal',
    entityId: proposalId,
    before: null,
    after: { kind: input.kind, fiscalYear: input.fiscalYear, requestedBudget: input.requestedBudget },
  });
  const result = await batch.run(db, applicationConstraints(db, input.name));
  return { id: result.insertedId(proposalSlot), applicationId: result.insertedId(app.slot) };
}

async function loadProposal(db: Db, id: number) {
  const p = await repo.proposalById(db, id);
  if (!p) throw new NotFound(msg('proc.e.proposalNotFound', { id }));
  return p;
}

/** Edits a draft or returned proposal from the version it was read at. */
export async function updateProposal(
  db: Db,
  user: SessionUser | null,
  id: number,
  input: UpdateProposalInput,
  uploads: DocumentUpload[] = [],
) {
  const p = await loadProposal(db, id);
  const editor = requireEdit(user, { id: p.applicationId, status: p.status, agencyId: p.agencyId });
  if (!can(editor, 'proposal.edit', p)) {
    throw new Conflict(msg('proc.e.notEditable'));
  }
  // The proposal form edits only its own fields; whatever else the application holds (unit,
  // hosting, contacts, relations…, edited on the registry form) is kept as stored.
  const current = await snapshot(db, p.applicationId);
  const batch = new Batch();
  const { user: u, slot } = await prepareUpdate(
    db,
    user,
    p.applicationId,
    { ...keptFields(current), ...proposalOwnFields(input), version: input.version },
    batch,
  );
  batch.add(repo.updateProposal(db, id, input));
  addDocuments(db, batch, id, input, uploads);
  batch.audit(db, {
    ...actorOf(u),
    action: 'update',
    entityType: 'proposal',
    entityId: id,
    before: {
      kind: p.kind,
      fiscalYear: p.fiscalYear,
      requestedBudget: p.requestedBudget,
      justification: p.justification,
    },
    after: {
      kind: input.kind,
      fiscalYear: input.fiscalYear,
      requestedBudget: input.requestedBudget,
      justification: input.justification,
    },
  });
  await runUpdate(db, batch, { id: p.applicationId, version: input.version, name: input.name, slot });
  return { id, version: input.version + 1 };
}

/** The overlap of a proposal's current content with every published application. */
export async function proposalOverlap(db: Db, applicationId: number): Promise<OverlapReport> {
  const app = await catalogue.applicationRow(db, applicationId);
  const [functions, entities] = await Promise.all([
    catalogue.functionsOf(db, applicationId),
    catalogue.dataEntitiesOf(db, applicationId),
  ]);
  return checkOverlap(
    db,
    {
      name: app?.acronym && app.acronym !== app.name ? `${app.name} ${app.acronym}` : (app?.name ?? ''),
      description: (app?.description ?? '').slice(0, 5000),
      functions: functions.map((f) => f.code),
      dataEntities: entities.filter((d) => d.role !== 'consumer').map((d) => d.code),
    },
    { excludeApplicationId: applicationId },
  );
}

/** Everything the proposal page shows, for whoever may read it (its agency, reviewers, admins). */
export async function proposalDetail(db: Db, user: SessionUser | null, id: number) {
  const p = await loadProposal(db, id);
  const viewer = viewerOf(user);
  const ownAgency = user?.role === 'operator' && user.agencyId === p.agencyId;
  // A proposal is visible to its agency, to reviewers and admins, and to the public once decided
  // (the decision log), never while it is a draft.
  if (!ownAgency && !(user && (user.role === 'reviewer' || user.role === 'admin'))) {
    if (!canRead(viewer, { status: p.status, agencyId: p.agencyId }))
      throw new NotFound(msg('proc.e.proposalNotFound', { id }));
  }
  const [documents, findings, reviews, clearance, functions, dataEntities] = await Promise.all([
    repo.documentsOf(db, id),
    repo.findingsOf(db, id),
    repo.reviewsOf(db, id),
    repo.clearanceOfProposal(db, id),
    catalogue.functionsOf(db, p.applicationId),
    catalogue.dataEntitiesOf(db, p.applicationId),
  ]);
  const reviewViews = reviews.map(toReviewView);
  const suggestedIds = [...new Set(reviewViews.flatMap((r) => r.suggested))];
  const suggested = await repo.applicationNames(db, suggestedIds);
  return {
    proposal: toProposalView(p),
    documents,
    findings: findings.map(toFindingView),
    reviews: reviewViews,
    clearance,
    functions,
    dataEntities,
    suggested,
  };
}

export async function myProposals(db: Db, user: SessionUser | null) {
  const u = requireRole(user, 'operator');
  if (!u.agencyId) return [];
  return (await repo.proposalsOfAgency(db, u.agencyId)).map(toProposalView);
}

/** A document of a proposal, for whoever may read the proposal. */
export async function proposalDocument(db: Db, user: SessionUser | null, id: number, docId: number) {
  await proposalDetail(db, user, id);
  const doc = await repo.documentContent(db, id, docId);
  if (!doc) throw new NotFound(msg('proc.e.documentNotFound'));
  return doc;
}

/**
 * Submits a draft or returned proposal: the KAK and cost-benefit analysis must be attached,
 * every flagged overlap must carry the operator's reason for not reusing that application; the
 * findings are snapshotted with the new round and the review is due in 20 working days.
 */
export async function submitProposal(
  db: Db,
  user: SessionUser | null,
  id: number,
  input: { version: number; justifications: Record<string, string> },
  opts: { now?: number; mail?: MailDeps } = {},
) {
  const now = opts.now ?? Date.now();
  const p = await loadProposal(db, id);
  const { app, user: u } = await loadForEdit(db, user, p.applicationId);
  if (u.role !== 'operator') requireRole(u, 'operator');
  const t = transition(app.status, 'submit');
  if (!t.ok) throw new Conflict(t.reason);
  if (input.version !== app.version) throw await staleError(db, p.applicationId, input.version);
  const issues: FieldIssue[] = [];
  const docs = await repo.documentsOf(db, id);
  if (!docs.some((d) => d.kind === 'kak'))
    issues.push({
      field: 'kak',
      message: msg('proc.e.kakRequired'),
    });
  if (!docs.some((d) => d.kind === 'cost_benefit')) {
    issues.push({
      field: 'costBenefit',
      message: msg('proc.e.costBenefitRequired'),
    });
  }
  const report = await proposalOverlap(db, p.applicationId);
  const asked = reasonsAsked(report);
  for (const r of asked) {
    const given =
      r.kind === 'shared'
        ? input.justifications[r.key]?.trim()
        : reasonFor(asked, input.justifications, Number(r.key));
    if (given) continue;
    issues.push({
      field: `justifications.${r.key}`,
      message:
        r.kind === 'shared'
          ? msg('proposal.reasonRequiredShared', { name: r.name, agency: r.agency })
          : msg('proposal.reasonRequiredCluster', { label: r.label, size: r.size }),
    });
  }
  if (issues.length) throw new Invalid(msg('proc.e.cannotSubmit'), issues);
  const holidays = await repo.holidaySet(db);
  const dueAt = endOfJakartaDay(addWorkingDays(new Date(now), REVIEW_WORKING_DAYS, holidays)).getTime();
  const round = p.round + 1;
  const permille = (n: number | null) => Math.round((n ?? 0) * 1000);
  const batch = new Batch();
  const slot = addStatusChange(db, batch, { id: p.applicationId, to: t.to, version: input.version });
  batch.add(
    repo.markSubmitted(db, id, {
      round,
      submittedAt: now,
      dueAt,
      by: u.id,
      coverage: permille(report.sharedCoverage),
      top: permille((report.shared.find((s) => s.flagged) ?? report.matches[0])?.score ?? 0),
    }),
    // What the reviewer reads: every match, and every national service listed even if it ranks lower.
    ...[
      ...report.matches,
      ...report.shared.filter((s) => !report.matches.some((m) => m.application.id === s.application.id)),
    ].map((m) =>
      repo.insertFinding(db, {
        proposalId: id,
        round,
        candidate: m.application.id,
        score: permille(m.score),
        functionScore: permille(m.evidence.functionScore),
        dataScore: permille(m.evidence.dataScore),
        textScore: permille(m.evidence.textScore),
        flagged: m.flagged,
        evidence: {
          ...m.evidence,
          sharedCoverage: report.sharedCoverage,
          coveredFunctions:
            report.shared.find((s) => s.application.id === m.application.id)?.coveredFunctions ?? [],
          cluster: report.clusters.find((g) => g.applicationIds.includes(m.application.id))?.label ?? null,
        },
        justification: reasonFor(asked, input.justifications, m.application.id),
      }),
    ),
  );
  batch.audit(db, {
    ...actorOf(u),
    action: 'submit',
    entityType: 'proposal',
    entityId: id,
    before: { status: app.status, round: p.round },
    after: {
      status: t.to,
      round,
      dueAt: new Date(dueAt).toISOString(),
      flagged: report.matches.filter((m) => m.flagged).length,
      reasons: asked.length,
    },
  });
  batch.add(
    repo.notifyRole(db, {
      role: 'reviewer',
      kind: 'new_proposal',
      title: indonesian('proc.n.newTitle', { name: p.name, agency: p.agencyName }),
      body: indonesian('proc.n.newBody', { round, due: new Date(dueAt).toISOString().slice(0, 10) }),
      link: webPath.review(id),
    }),
  );
  await runUpdate(db, batch, { id: p.applicationId, version: input.version, name: p.name, slot });
  // The inbox notice is in the batch above; the e-mail follows it, whichever entry submitted.
  if (opts.mail) {
    const t = translator('id');
    const due = new Date(dueAt).toISOString().slice(0, 10);
    await mailRole(
      db,
      opts.mail.mailer,
      { role: 'reviewer' },
      t('proc.mail.newSubject', { name: p.name, agency: p.agencyName }),
      `${t('proc.mail.newBody', { agency: p.agencyName, name: p.name, round, due })}\n\n${mailLink(opts.mail, webPath.review(id))}`,
    );
  }
  return {
    id,
    round,
    dueAt: new Date(dueAt).toISOString(),
    status: t.to,
    proposal: { name: p.name, agencyId: p.agencyId, agencyName: p.agencyName },
  };
}
