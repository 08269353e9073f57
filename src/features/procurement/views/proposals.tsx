import type { Child } from 'hono/jsx';
import type { DataRole } from '../../../../db/schema/applications';
import { type Decision, PROPOSAL_KINDS } from '../../../../db/schema/reviews';
import {
  ConflictNotice,
  errorsFor,
  Fieldset,
  Input,
  Notice,
  Select,
  TextArea,
} from '../../../../views/components/form';
import { Badge, ErrorSummary, formatDate, PageHeader, percent } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { CsrfField, Layout } from '../../../../views/layout';
import type { FieldChange } from '../../../domain/diff';
import type { FieldError } from '../../../kernel/errors';
import { formatRupiah, type MessageKey } from '../../../kernel/i18n';
import { can } from '../../../kernel/policy';
import type { DataEntityRow, FunctionRow } from '../../catalogue/service';
import type { OverlapReport } from '../../overlap/service';
import { OverlapPanel } from '../../overlap/views/check';
import { DataRows, FunctionPicker } from '../../registry/views/app-form';
import type { proposalDetail } from '../proposals-service';
import { reasonsAsked } from '../reasons';
import type { ProposalView } from '../view-models';
import { type ReasonOption, reasonLabel } from './review';

export interface ProposalFormValues {
  name: string;
  acronym: string;
  description: string;
  functions: string[];
  dataEntities: { code: string; role: string }[];
  kind: string;
  fiscalYear: string;
  requestedBudget: string;
  justification: string;
  kakUrl: string;
  costBenefitUrl: string;
  version: string;
}

const rupiah = (ctx: ViewCtx, n: number) => formatRupiah(ctx.lang, n);

export function StatusBadge(props: { ctx: ViewCtx; status: string }) {
  const kind =
    props.status === 'approved' || props.status === 'active'
      ? 'ok'
      : props.status === 'rejected'
        ? 'warn'
        : 'info';
  return <Badge kind={kind}>{props.ctx.t(`status.${props.status}` as MessageKey)}</Badge>;
}

/**
 * Writing a proposal: the application's name, description, functions and data, and the
 * procurement facts; the overlap panel beside it refreshes while typing (htmx, debounced) and,
 * without JavaScript, after "Periksa tumpang tindih".
 */
export function ProposalFormPage(props: {
  ctx: ViewCtx;
  id?: number;
  values: ProposalFormValues;
  functions: FunctionRow[];
  dataEntities: DataEntityRow[];
  errors: FieldError[];
  report: OverlapReport | null;
  panelErrors: FieldError[];
  conflict?: { message: string; changes: FieldChange[] };
}) {
  const { ctx, values: v, errors } = props;
  const editing = props.id !== undefined;
  const title = editing ? ctx.t('proc.form.editTitle', { name: v.name }) : ctx.t('proc.form.newTitle');
  const year = new Date().getFullYear();
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        crumbs={[{ href: '/usulan', label: ctx.t('proc.proposals') }]}
        lead={ctx.t('proc.form.lead')}
      />
      {props.conflict ? <ConflictNotice ctx={ctx} {...props.conflict} /> : null}
      <ErrorSummary title={ctx.t('error.invalid')} errors={errors} />
      <OverlapSummary ctx={ctx} report={props.report} />
      <div class="check-layout">
        {/* The live panel's request hangs on this wrapper, not on the form: htmx validates a form
            before its own requests, and a half-filled proposal (no budget yet) must still be checked. */}
        <div
          id="proposal-live"
          hx-disinherit="*"
          hx-get="/usulan/panel"
          hx-target="#overlap-panel"
          hx-select="#overlap-panel"
          hx-swap="outerHTML"
          hx-include="#proposal-form"
          hx-trigger="input changed delay:500ms from:(#proposal-form input, #proposal-form textarea), change from:(#proposal-form select, #chosen-functions), htmx:afterSwap from:#chosen-functions"
        >
          <form
            method="post"
            action={editing ? `/usulan/${props.id}/ubah` : '/usulan/baru'}
            enctype="multipart/form-data"
            class="stack app-form"
            id="proposal-form"
          >
            <CsrfField ctx={ctx} />
            {editing ? <input type="hidden" name="version" value={v.version} /> : null}
            <Fieldset legend={ctx.t('proc.form.application')}>
              <Input
                label={ctx.t('proc.form.name')}
                name="name"
                value={v.name}
                errors={errors}
                required
                maxlength={200}
              />
              <Input
                label={ctx.t('proc.form.acronym')}
                name="acronym"
                value={v.acronym}
                errors={errors}
                maxlength={40}
              />
              <TextArea
                label={ctx.t('proc.form.description')}
                name="description"
                value={v.description}
                errors={errors}
                rows={5}
                maxlength={5000}
              />
            </Fieldset>
            <FunctionPicker ctx={ctx} chosen={v.functions} options={props.functions} errors={errors} />
            <DataRows ctx={ctx} rows={v.dataEntities} options={props.dataEntities} errors={errors} />
            <Fieldset legend={ctx.t('proc.form.procurement')}>
              <Select
                label={ctx.t('proc.form.kind')}
                name="kind"
                value={v.kind}
                errors={errors}
                options={PROPOSAL_KINDS.map((k) => ({
                  value: k,
                  label: ctx.t(`proc.kind.${k}`),
                }))}
              />
              <Input
                label={ctx.t('proc.fiscalYear')}
                name="fiscalYear"
                value={v.fiscalYear || String(year + 1)}
                errors={errors}
                inputmode="numeric"
                required
              />
              <Input
                label={ctx.t('proc.form.budget')}
                hint={ctx.t('proc.form.budgetHint')}
                name="requestedBudget"
                value={v.requestedBudget}
                errors={errors}
                inputmode="numeric"
                required
              />
              <TextArea
                label={ctx.t('proc.form.justification')}
                name="justification"
                value={v.justification}
                errors={errors}
                rows={4}
              />
            </Fieldset>
            <Fieldset legend={ctx.t('proc.documents')} hint={ctx.t('proc.form.documentsHint')}>
              <label class="form-field">
                <span>{ctx.t('proc.form.kakFile')}</span>
                <input type="file" name="kakFile" accept=".pdf,.doc,.docx,.odt" />
                {errorsFor(errors, 'kakFile').length ? (
                  <span class="field-error">{errorsFor(errors, 'kakFile').join('; ')}</span>
                ) : null}
              </label>
              <Input
                label={ctx.t('proc.form.kakUrl')}
                name="kakUrl"
                type="url"
                value={v.kakUrl}
                errors={errors}
              />
              <label class="form-field">
                <span>{ctx.t('proc.form.cbFile')}</span>
                <input type="file" name="costBenefitFile" accept=".pdf,.doc,.docx,.odt" />
                {errorsFor(errors, 'costBenefitFile').length ? (
                  <span class="field-error">{errorsFor(errors, 'costBenefitFile').join('; ')}</span>
                ) : null}
              </label>
              <Input
                label={ctx.t('proc.form.cbUrl')}
                name="costBenefitUrl"
                type="url"
                value={v.costBenefitUrl}
                errors={errors}
              />
            </Fieldset>
            <p class="actions">
              <button type="submit" name="action" value="save">
                {ctx.t('proc.form.saveDraft')}
              </button>{' '}
              <button type="submit" name="action" value="check" class="secondary">
                {ctx.t('proc.form.check')}
              </button>
            </p>
          </form>
        </div>
        <OverlapPanel
          ctx={ctx}
          report={props.report}
          errors={props.panelErrors}
          addInferred={{ form: 'proposal-form' }}
        />
      </div>
    </Layout>
  );
}

export function MyProposalsPage(props: { ctx: ViewCtx; items: ProposalView[] }) {
  const { ctx } = props;
  const title = ctx.t('proc.mine.title');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} lead={ctx.user?.agencyName ?? ''} />
      <p>
        <a class="button" href="/usulan/baru">
          {ctx.t('proc.mine.new')}
        </a>
      </p>
      {props.items.length === 0 ? (
        <p class="empty">{ctx.t('proc.mine.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{ctx.t('proc.proposal')}</th>
              <th>{ctx.t('proc.status')}</th>
              <th>{ctx.t('proc.year')}</th>
              <th class="num">{ctx.t('proc.requestedBudget')}</th>
              <th>{ctx.t('proc.due')}</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((p) => (
              <tr>
                <td>
                  <a href={`/usulan/${p.id}`}>{p.name}</a>
                </td>
                <td>
                  <StatusBadge ctx={ctx} status={p.status} />
                </td>
                <td>{p.fiscalYear}</td>
                <td class="num">{rupiah(ctx, p.requestedBudget)}</td>
                <td>{p.status === 'proposed' ? formatDate(ctx, p.dueAt) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/**
 * The overlap in one line, kept at the top of the proposal form (phones included): national
 * coverage, the national services and the look-alike groups flagged, and a link to the details.
 * Refreshed with the panel (htmx out-of-band swap).
 */
export function OverlapSummary(props: { ctx: ViewCtx; report: OverlapReport | null; oob?: boolean }) {
  const { ctx, report } = props;
  const flaggedShared = report ? report.shared.filter((s) => s.flagged) : [];
  const flaggedGroups = report ? report.clusters.filter((g) => g.flagged).length : 0;
  return (
    <p
      id="overlap-summary"
      class="overlap-summary"
      aria-live="polite"
      hx-swap-oob={props.oob ? 'true' : undefined}
    >
      {report ? (
        <>
          <strong>{ctx.t('proc.summary.coverage', { pct: percent(report.sharedCoverage) })}</strong>{' '}
          {flaggedShared.length
            ? ctx.t('proc.summary.shared', {
                names: flaggedShared.map((s) => s.application.acronym ?? s.application.name).join(', '),
              })
            : ctx.t('proc.summary.noShared')}{' '}
          {flaggedGroups ? ctx.t('proc.summary.groups', { n: flaggedGroups }) : null}{' '}
          <a href="#overlap-panel">{ctx.t('proc.summary.details')}</a>
        </>
      ) : (
        ctx.t('proc.summary.empty')
      )}
    </p>
  );
}

type Detail = Awaited<ReturnType<typeof proposalDetail>>;

/** The findings of one round, as the reviewer saw them (national services first), with the operator's reasons. */
function Findings(props: { ctx: ViewCtx; detail: Detail; round: number }) {
  const { ctx } = props;
  const findings = props.detail.findings
    .filter((f) => f.round === props.round)
    .sort(
      (a, b) =>
        Number(b.candidateScope === 'national') - Number(a.candidateScope === 'national') ||
        Number(b.flagged) - Number(a.flagged) ||
        b.score - a.score,
    );
  if (!findings.length) return <p class="empty">{ctx.t('proc.findings.none')}</p>;
  return (
    <ol class="cards matches">
      {findings.map((f) => {
        const ev = f.evidence;
        return (
          <li class={f.flagged ? 'flagged' : undefined}>
            <a class="title" href={`/aplikasi/${f.candidateId}`}>
              {f.candidateAcronym ?? f.candidateName}
            </a>{' '}
            {f.candidateScope === 'national' ? (
              <Badge kind="shared">{ctx.t('proc.decide.national')}</Badge>
            ) : null}{' '}
            {f.flagged ? <Badge kind="warn">{ctx.t('proc.likelyDuplicate')}</Badge> : null}
            <div class="meta">
              <span>{f.candidateAgency}</span>
              <span>{ctx.t('proc.findings.score', { pct: percent(f.score) })}</span>
            </div>
            {ev.functions.length ? (
              <p>
                {ctx.t('proc.findings.functions')}: {ev.functions.map((x) => x.title).join(', ')}
              </p>
            ) : null}
            {ev.dataEntities.length ? (
              <p>
                {ctx.t('proc.findings.data')}: {ev.dataEntities.map((x) => x.name).join(', ')}
              </p>
            ) : null}
            {f.justification ? (
              <p class="justification">
                <strong>{ctx.t('proc.findings.reason')}:</strong> {f.justification}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** A proposal's page: facts, documents, every round's findings and decisions; the actions its viewer may take. */
export function ProposalPage(props: {
  ctx: ViewCtx;
  detail: Detail;
  live: OverlapReport | null;
  submitErrors: FieldError[];
  justifications: Record<string, string>;
  reasons: ReasonOption[];
  /** The reviewer's decision form: the page becomes the review page, the form beside the evidence. */
  decision?: Child;
}) {
  const { ctx, detail } = props;
  const p = detail.proposal;
  const title = p.name;
  const canSubmit = can(ctx.user, 'proposal.submit', p);
  const reviewing = props.decision !== undefined;
  const current = detail.findings.filter((f) => f.round === p.round);
  const nationalFlagged = current.filter((f) => f.flagged && f.candidateScope === 'national');

  const summary = (
    <>
      <p class="meta">
        <StatusBadge ctx={ctx} status={p.status} />{' '}
        {p.round > 0 ? <Badge>{ctx.t('proc.round', { round: p.round })}</Badge> : null}
      </p>
      <dl class="facts">
        <dt>{ctx.t('proc.agency')}</dt>
        <dd>
          <a href={`/instansi/${p.agencyCode}`}>{p.agencyName}</a>
        </dd>
        <dt>{ctx.t('proc.form.kind')}</dt>
        <dd>{ctx.t(`proc.kind.${p.kind as (typeof PROPOSAL_KINDS)[number]}`)}</dd>
        <dt>{ctx.t('proc.fiscalYear')}</dt>
        <dd>{p.fiscalYear}</dd>
        <dt>{ctx.t('proc.requestedBudget')}</dt>
        <dd>{rupiah(ctx, p.requestedBudget)}</dd>
        {p.submittedAt ? (
          <>
            <dt>{ctx.t('proc.submitted')}</dt>
            <dd>{formatDate(ctx, p.submittedAt)}</dd>
            <dt>{ctx.t('proc.reviewDue')}</dt>
            <dd>{formatDate(ctx, p.dueAt)}</dd>
          </>
        ) : null}
        {p.sharedCoverage !== null ? (
          <>
            <dt>{ctx.t('proc.sharedCoverage')}</dt>
            <dd>{percent(p.sharedCoverage)}</dd>
          </>
        ) : null}
        {detail.clearance ? (
          <>
            <dt>{ctx.t('proc.clearance')}</dt>
            <dd>
              <a href={`/rekomendasi/${detail.clearance.number}`}>{detail.clearance.number}</a>
              {detail.clearance.revokedAt ? <Badge kind="warn">{ctx.t('proc.revoked')}</Badge> : null}
            </dd>
          </>
        ) : null}
      </dl>
      {reviewing ? (
        <p class="review-jump">
          {nationalFlagged.length
            ? ctx.t('proc.review.nationalFlagged', {
                names: nationalFlagged.map((f) => f.candidateAcronym ?? f.candidateName).join(', '),
              })
            : ctx.t('proc.review.noNationalFlagged')}{' '}
          <a href="#temuan">{ctx.t('proc.review.toFindings')}</a> ·{' '}
          <a href="#putuskan">{ctx.t('proc.review.toDecision')}</a>
        </p>
      ) : null}
    </>
  );

  const findings =
    p.round > 0 ? (
      <>
        <h2 id="temuan">{ctx.t('proc.findings.title', { round: p.round })}</h2>
        <Findings ctx={ctx} detail={detail} round={p.round} />
        {Array.from({ length: p.round - 1 }, (_, i) => p.round - 1 - i).map((round) => (
          <details class="earlier-round">
            <summary>{ctx.t('proc.findings.earlier', { round })}</summary>
            <Findings ctx={ctx} detail={detail} round={round} />
          </details>
        ))}
      </>
    ) : null;

  const body = (
    <>
      <p class="lead">{p.description}</p>
      {p.justification ? (
        <>
          <h2>{ctx.t('proc.justification')}</h2>
          <p>{p.justification}</p>
        </>
      ) : null}
      <h2>{ctx.t('proc.functionsAndData')}</h2>
      <ul>
        {detail.functions.map((f) => (
          <li>
            <code>{f.code}</code> {ctx.lang === 'en' ? f.titleEn : f.title}
          </li>
        ))}
        {detail.dataEntities.map((d) => (
          <li>
            <code>{d.code}</code> {d.name} ({ctx.t(`proc.role.${d.role as DataRole}`)})
          </li>
        ))}
      </ul>
      <h2>{ctx.t('proc.documents')}</h2>
      {detail.documents.length === 0 ? (
        <p class="empty">{ctx.t('proc.noDocuments')}</p>
      ) : (
        <ul>
          {detail.documents.map((d) => (
            <li>
              {d.kind === 'kak' ? 'KAK' : d.kind === 'cost_benefit' ? ctx.t('proc.costBenefit') : d.kind}:{' '}
              {d.url ? (
                <a href={d.url} rel="noopener noreferrer">
                  {d.url}
                </a>
              ) : (
                <a href={`/usulan/${p.id}/dokumen/${d.id}`} hx-boost="false">
                  {d.filename}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      {can(ctx.user, 'proposal.edit', p) ? (
        <p>
          <a class="button secondary" href={`/usulan/${p.id}/ubah`}>
            {ctx.t('proc.editProposal')}
          </a>
        </p>
      ) : null}
    </>
  );

  const decisions = detail.reviews.length ? (
    <>
      <h2>{ctx.t('proc.decisions')}</h2>
      <ol class="cards decisions">
        {detail.reviews.map((r) => {
          const suggested = r.suggested.map((id) => detail.suggested.find((s) => s.id === id));
          return (
            <li>
              <span class="title">
                {ctx.t('proc.roundTitle', { round: r.round })}: {ctx.t(`decision.${r.decision as Decision}`)}
              </span>
              <div class="meta">
                <span>{formatDate(ctx, r.decidedAt)}</span>
                <span>· {r.reviewerName}</span>
              </div>
              {r.reasonCodes.length ? (
                <p>
                  {ctx.t('proc.decide.reasons')}:{' '}
                  {r.reasonCodes.map((c) => (
                    <Badge>{reasonLabel(ctx, props.reasons, c)}</Badge>
                  ))}
                </p>
              ) : null}
              {r.conditions ? (
                <p>
                  {ctx.t('proc.conditions')}: {r.conditions}
                </p>
              ) : null}
              {r.comment ? <p>{r.comment}</p> : null}
              {suggested.length ? (
                <p>
                  {ctx.t('proc.suggestedInstead')}:{' '}
                  {suggested.map((s, i) =>
                    s ? (
                      <>
                        {i ? ', ' : ''}
                        <a href={`/aplikasi/${s.id}`}>{s.acronym ?? s.name}</a>
                      </>
                    ) : null,
                  )}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  ) : null;

  const submit =
    canSubmit && props.live ? (
      <section aria-labelledby="submit-title" class="submit-box">
        <h2 id="submit-title">{ctx.t('proc.submit.title')}</h2>
        <ErrorSummary title={ctx.t('error.invalid')} errors={props.submitErrors} />
        <p>{ctx.t('proposal.reasonsLead', { pct: percent(props.live.sharedCoverage) })}</p>
        <form method="post" action={`/usulan/${p.id}/ajukan`} class="stack">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="version" value={String(p.version)} />
          {reasonsAsked(props.live).map((r) => (
            <TextArea
              label={
                r.kind === 'shared'
                  ? ctx.t('proposal.reasonShared', { name: r.name, agency: r.agency })
                  : ctx.t('proposal.reasonCluster', { label: r.label, size: r.size, agencies: r.agencies })
              }
              name={`justifications.${r.key}`}
              value={props.justifications[r.key] ?? ''}
              errors={props.submitErrors}
              rows={2}
            />
          ))}
          <button type="submit">{ctx.t('proc.submit.button')}</button>
        </form>
      </section>
    ) : null;

  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        crumbs={[
          ctx.user?.role === 'reviewer'
            ? { href: '/penilaian', label: ctx.t('proc.queue.title') }
            : { href: '/usulan', label: ctx.t('proc.proposals') },
        ]}
      />
      {ctx.url.searchParams.get('saved') ? (
        <Notice kind="ok">{ctx.t('proc.notice.saved')}</Notice>
      ) : ctx.url.searchParams.get('submitted') ? (
        <Notice kind="ok">{ctx.t('proc.notice.submitted')}</Notice>
      ) : ctx.url.searchParams.get('decided') ? (
        <Notice kind="ok">{ctx.t('proc.notice.decided')}</Notice>
      ) : null}
      {reviewing ? (
        <div class="review-layout">
          <div class="review-main">
            {summary}
            {findings}
            {decisions}
            {body}
          </div>
          <aside class="review-aside">{props.decision}</aside>
        </div>
      ) : (
        <>
          {summary}
          {body}
          {decisions}
          {findings}
          {submit}
        </>
      )}
    </Layout>
  );
}
