import qrcode from 'qrcode-generator';
import { AGENCY_KINDS } from '../../../../db/schema/agencies';
import { DECISIONS, type Decision } from '../../../../db/schema/reviews';
import { errorsFor, Fieldset, Input, Notice, TextArea } from '../../../../views/components/form';
import {
  Badge,
  ErrorSummary,
  formatDate,
  PageHeader,
  Pagination,
  percent,
} from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { CsrfField, Layout } from '../../../../views/layout';
import { rupiahDigits } from '../../../domain/rupiah';
import type { FieldError } from '../../../kernel/errors';
import { formatRupiah, type MessageKey } from '../../../kernel/i18n';
import type { Page } from '../../../kernel/repo';
import type { OverlapReport } from '../../overlap/service';
import type { decisionLog, verifyClearance } from '../review-service';
import type { QueueItemView } from '../view-models';

const rupiah = (ctx: ViewCtx, n: number) => formatRupiah(ctx.lang, n);

/** The reviewers' queue: waiting proposals, oldest first, with what matters to triage them. */
export function QueuePage(props: {
  ctx: ViewCtx;
  page: Page<QueueItemView>;
  filters: { agencyKind?: string; due?: string };
  now: number;
}) {
  const { ctx, page } = props;
  const title = ctx.t('proc.queue.title');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} lead={ctx.t('proc.queue.lead', { n: page.total })} />
      <form method="get" action="/penilaian" class="inline-form filters-inline">
        <label>
          {ctx.t('proc.agencyKind')}{' '}
          <select name="agencyKind">
            <option value="">—</option>
            {AGENCY_KINDS.map((k) => (
              <option value={k} selected={props.filters.agencyKind === k}>
                {ctx.t(`kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {ctx.t('proc.due')}{' '}
          <select name="due">
            <option value="">—</option>
            <option value="soon" selected={props.filters.due === 'soon'}>
              {ctx.t('proc.queue.soon')}
            </option>
            <option value="overdue" selected={props.filters.due === 'overdue'}>
              {ctx.t('proc.queue.overdue')}
            </option>
          </select>
        </label>
        <button type="submit" class="secondary">
          {ctx.t('proc.filter')}
        </button>
      </form>
      {page.items.length === 0 ? (
        <p class="empty">{ctx.t('proc.queue.empty')}</p>
      ) : (
        <table class="queue">
          <thead>
            <tr>
              <th>{ctx.t('proc.proposal')}</th>
              <th>{ctx.t('proc.agency')}</th>
              <th class="num">{ctx.t('proc.requestedBudget')}</th>
              <th>{ctx.t('proc.queue.topOverlap')}</th>
              <th class="num">{ctx.t('proc.sharedCoverage')}</th>
              <th>{ctx.t('proc.submitted')}</th>
              <th>{ctx.t('proc.due')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((p) => (
              <tr>
                <td>
                  <a href={`/penilaian/${p.id}`}>{p.name}</a>{' '}
                  {p.round > 1 ? <Badge>{ctx.t('proc.round', { round: p.round })}</Badge> : null}
                </td>
                <td>{p.agencyName}</td>
                <td class="num">{rupiah(ctx, p.requestedBudget)}</td>
                <td>
                  {p.topCandidate ?? '—'}{' '}
                  {p.topScore !== null ? <small>({percent(p.topScore)})</small> : null}
                </td>
                <td class="num">{p.sharedCoverage !== null ? percent(p.sharedCoverage) : '—'}</td>
                <td>{formatDate(ctx, p.submittedAt)}</td>
                <td>
                  {formatDate(ctx, p.dueAt)}{' '}
                  {p.dueAt !== null && p.dueAt < props.now ? (
                    <Badge kind="warn">{ctx.t('proc.queue.late')}</Badge>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination ctx={ctx} page={page.page} pageSize={page.pageSize} total={page.total} />
    </Layout>
  );
}

/** A reason code with its labels in both languages (admin-maintained data). */
export interface ReasonOption {
  code: string;
  label: string;
  labelEn: string;
}

/** A reason's label in the page's language (never its code). */
export function reasonLabel(ctx: ViewCtx, reasons: readonly ReasonOption[], code: string): string {
  const r = reasons.find((x) => x.code === code);
  if (!r) return code.replaceAll('_', ' ');
  return ctx.lang === 'en' ? r.labelEn : r.label;
}

/** An application a reviewer may suggest instead, named as people know it: "SIASN — BKN". */
export interface AlternativeOption {
  id: number;
  name: string;
  acronym: string | null;
  agency: string;
  /** A national service (shown first). */
  national: boolean;
  flagged: boolean;
}

/** "SIASN — Badan Kepegawaian Negara": how an alternative is shown and typed. */
export function alternativeLabel(a: Pick<AlternativeOption, 'name' | 'acronym' | 'agency'>): string {
  return `${a.acronym ?? a.name} — ${a.agency}`;
}

/** The decision form on a proposal under review. */
export function DecisionForm(props: {
  ctx: ViewCtx;
  proposalId: number;
  round: number;
  requestedBudget: number;
  reasons: ReasonOption[];
  candidates: AlternativeOption[];
  /** Every national service, for the searchable "other application" field. */
  others: AlternativeOption[];
  errors: FieldError[];
  values?: {
    decision?: string;
    reasonCodes?: string[];
    conditions?: string;
    comment?: string;
    suggested?: string[];
    suggestedOther?: string;
    budgetCeiling?: string;
  };
}) {
  const { ctx, errors } = props;
  const v = props.values ?? {};
  const groups = [
    { label: ctx.t('proc.decide.national'), items: props.candidates.filter((a) => a.national) },
    { label: ctx.t('proc.decide.local'), items: props.candidates.filter((a) => !a.national) },
  ].filter((g) => g.items.length);
  return (
    <section aria-labelledby="decide-title" class="decision-box" id="putuskan">
      <h2 id="decide-title">{ctx.t('proc.decide.title')}</h2>
      <ErrorSummary title={ctx.t('error.invalid')} errors={errors} />
      <form method="post" action={`/penilaian/${props.proposalId}/putuskan`} class="stack" id="decision-form">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="round" value={String(props.round)} />
        <Fieldset legend={ctx.t('proc.decide.decision')} errors={errorsFor(errors, 'decision')}>
          {DECISIONS.map((value) => (
            <label class="check">
              <input type="radio" name="decision" value={value} checked={v.decision === value} required />{' '}
              {ctx.t(`decision.${value}`)}
            </label>
          ))}
        </Fieldset>
        <Fieldset legend={ctx.t('proc.decide.reasons')} errors={errorsFor(errors, 'reasonCodes')}>
          {props.reasons.map((r) => (
            <label class="check">
              <input
                type="checkbox"
                name="reasonCodes"
                value={r.code}
                checked={v.reasonCodes?.includes(r.code)}
              />{' '}
              {reasonLabel(ctx, props.reasons, r.code)}
            </label>
          ))}
        </Fieldset>
        <Fieldset
          legend={ctx.t('proc.decide.alternatives')}
          hint={ctx.t('proc.decide.alternativesHint')}
          errors={errorsFor(errors, 'suggestedApplications')}
        >
          {groups.map((g) => (
            <fieldset class="alternatives">
              <legend class="group-label">{g.label}</legend>
              {g.items.map((a) => (
                <label class="check">
                  <input
                    type="checkbox"
                    name="suggestedApplications"
                    value={String(a.id)}
                    checked={v.suggested?.includes(String(a.id))}
                  />{' '}
                  {alternativeLabel(a)}
                  {a.flagged ? (
                    <>
                      {' '}
                      <Badge kind="warn">{ctx.t('proc.likelyDuplicate')}</Badge>
                    </>
                  ) : null}
                </label>
              ))}
            </fieldset>
          ))}
          <label class="form-field">
            <span>{ctx.t('proc.decide.other')}</span>
            <input
              type="search"
              name="suggestedOther"
              list="alternatives-list"
              value={v.suggestedOther ?? ''}
              placeholder={ctx.t('proc.decide.otherPlaceholder')}
              autocomplete="off"
              aria-invalid={errorsFor(errors, 'suggestedOther').length ? 'true' : undefined}
            />
            <datalist id="alternatives-list">
              {props.others.map((a) => (
                <option value={alternativeLabel(a)} />
              ))}
            </datalist>
            {errorsFor(errors, 'suggestedOther').length ? (
              <span class="field-error">{errorsFor(errors, 'suggestedOther').join('; ')}</span>
            ) : null}
          </label>
        </Fieldset>
        <TextArea
          label={ctx.t('proc.decide.conditions')}
          name="conditions"
          value={v.conditions}
          errors={errors}
          rows={3}
        />
        <Input
          label={ctx.t('proc.decide.ceiling')}
          name="budgetCeiling"
          value={v.budgetCeiling ?? rupiahDigits(props.requestedBudget)}
          errors={errors}
          inputmode="numeric"
          hint={ctx.t('proc.decide.ceilingHint', { requested: rupiah(ctx, props.requestedBudget) })}
        />
        <TextArea
          label={ctx.t('proc.decide.comment')}
          name="comment"
          value={v.comment}
          errors={errors}
          rows={3}
        />
        <button type="submit">{ctx.t('proc.decide.save')}</button>
      </form>
    </section>
  );
}

export function LiveOverlapNote(props: { ctx: ViewCtx; live: OverlapReport }) {
  const { ctx } = props;
  return (
    <p class="hint">
      {ctx.t('proc.liveNote', {
        pct: percent(props.live.sharedCoverage),
        n: props.live.matches.filter((m) => m.flagged).length,
      })}
    </p>
  );
}

type Verification = Awaited<ReturnType<typeof verifyClearance>>;

/** A QR code of a URL as inline SVG (no script, no external service). */
export function QrCode(props: { text: string; label: string }) {
  const qr = qrcode(0, 'M');
  qr.addData(props.text);
  qr.make();
  const svg = qr.createSvgTag({ cellSize: 4, margin: 2, scalable: true });
  return <div class="qr" role="img" aria-label={props.label} dangerouslySetInnerHTML={{ __html: svg }} />;
}

/** The public verification of a clearance number. */
export function ClearancePage(props: {
  ctx: ViewCtx;
  v: Verification;
  verifyUrl: string;
  canRevoke: boolean;
  errors: FieldError[];
  values?: { reason: string };
}) {
  const { ctx, v } = props;
  const title = ctx.t('proc.clearance.title', { number: v.number });
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} crumbs={[{ href: '/keputusan', label: ctx.t('proc.log.title') }]} />
      {v.valid ? (
        <Notice kind="ok">
          <strong class="verdict">{ctx.t('proc.clearance.valid')}</strong> {ctx.t('proc.clearance.validText')}
        </Notice>
      ) : v.revoked ? (
        <Notice kind="error">
          <strong class="verdict">{ctx.t('proc.clearance.revoked')}</strong>{' '}
          {ctx.t('proc.clearance.revokedText', {
            date: formatDate(ctx, v.revokedAt),
            reason: v.revokedReason ?? '',
          })}
        </Notice>
      ) : (
        <Notice kind="error">
          <strong class="verdict">{ctx.t('proc.clearance.invalid')}</strong>{' '}
          {ctx.t('proc.clearance.invalidText')}
        </Notice>
      )}
      <dl class="facts">
        <dt>{ctx.t('proc.number')}</dt>
        <dd>
          <code>{v.number}</code>
        </dd>
        <dt>{ctx.t('proc.application')}</dt>
        <dd>
          <a href={`/aplikasi/${v.application.id}`}>{v.application.name}</a>
        </dd>
        <dt>{ctx.t('proc.agency')}</dt>
        <dd>{v.agency.name}</dd>
        <dt>{ctx.t('proc.fiscalYear')}</dt>
        <dd>{v.fiscalYear}</dd>
        <dt>{ctx.t('proc.ceiling')}</dt>
        <dd>{rupiah(ctx, v.budgetCeiling)}</dd>
        {v.conditions ? (
          <>
            <dt>{ctx.t('proc.conditions')}</dt>
            <dd>{v.conditions}</dd>
          </>
        ) : null}
        <dt>{ctx.t('proc.clearance.issued')}</dt>
        <dd>{formatDate(ctx, v.issuedAt)}</dd>
      </dl>
      <p>
        <a class="button secondary" href={`/rekomendasi/${v.number}/surat`}>
          {ctx.t('proc.clearance.letterLink')}
        </a>{' '}
        <a href={`/api/v1/clearances/${v.number}`} hx-boost="false">
          JSON
        </a>
      </p>
      {props.canRevoke && !v.revoked ? (
        <section>
          <h2>{ctx.t('proc.revoke.title')}</h2>
          <ErrorSummary title={ctx.t('error.invalid')} errors={props.errors} />
          <form
            method="post"
            action={`/rekomendasi/${v.number}/cabut`}
            class="stack narrow"
            hx-confirm={ctx.t('proc.revoke.confirmDialog', { number: v.number })}
          >
            <CsrfField ctx={ctx} />
            <TextArea
              label={ctx.t('proc.revoke.reason')}
              name="reason"
              value={props.values?.reason}
              errors={props.errors}
              rows={3}
            />
            <label class="check">
              <input
                type="checkbox"
                name="confirm"
                value="yes"
                required
                aria-invalid={errorsFor(props.errors, 'confirm').length ? 'true' : undefined}
              />{' '}
              {ctx.t('proc.revoke.confirm', { number: v.number })}
            </label>
            {errorsFor(props.errors, 'confirm').length ? (
              <span class="field-error">{errorsFor(props.errors, 'confirm').join('; ')}</span>
            ) : null}
            <button type="submit" class="danger secondary">
              {ctx.t('proc.revoke.button')}
            </button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}

/** The printable clearance letter with a QR code of its verification URL. */
export function ClearanceLetter(props: { ctx: ViewCtx; v: Verification; verifyUrl: string }) {
  const { ctx, v } = props;
  return (
    <Layout ctx={ctx} title={ctx.t('proc.letter.title', { number: v.number })}>
      <article class="letter">
        <header class="letterhead">
          <p class="letterhead-org">{ctx.t('proc.letter.ministry')}</p>
          <p class="letterhead-unit">{ctx.t('proc.letter.unit')}</p>
          <p class="letterhead-address">{ctx.t('proc.letter.address')}</p>
        </header>
        <div class="letter-meta">
          <dl>
            <dt>{ctx.t('proc.number')}</dt>
            <dd>
              <strong>{v.number}</strong>
            </dd>
            <dt>{ctx.t('proc.letter.subject')}</dt>
            <dd>{ctx.t('proc.letter.subjectText', { name: v.application.name })}</dd>
          </dl>
          <p class="letter-date">{ctx.t('proc.letter.placeDate', { date: formatDate(ctx, v.issuedAt) })}</p>
        </div>
        <address class="letter-to">
          {ctx.t('proc.letter.to')}
          <br />
          <strong>{ctx.t('proc.letter.head', { agency: v.agency.name })}</strong>
          <br />
          {ctx.t('proc.letter.at')}
        </address>
        <p>
          {ctx.t('proc.letter.body', {
            agency: v.agency.name,
            name: v.application.name,
            year: v.fiscalYear,
          })}
        </p>
        <dl class="facts">
          <dt>{ctx.t('proc.application')}</dt>
          <dd>{v.application.name}</dd>
          <dt>{ctx.t('proc.agency')}</dt>
          <dd>{v.agency.name}</dd>
          <dt>{ctx.t('proc.fiscalYear')}</dt>
          <dd>{v.fiscalYear}</dd>
          <dt>{ctx.t('proc.ceiling')}</dt>
          <dd>{rupiah(ctx, v.budgetCeiling)}</dd>
          <dt>{ctx.t('proc.conditions')}</dt>
          <dd>{v.conditions ?? '—'}</dd>
        </dl>
        <p>{ctx.t('proc.letter.closing')}</p>
        {v.revoked ? <p class="verdict revoked">{ctx.t('proc.clearance.revoked')}</p> : null}
        <div class="letter-sign">
          <p>{ctx.t('proc.letter.signFor')}</p>
          {v.signatory ? (
            <>
              <p class="sign-position">{v.signatory.position ?? ctx.t('proc.letter.defaultPosition')}</p>
              <p class="sign-space" aria-hidden="true" />
              <p class="sign-name">{v.signatory.name}</p>
            </>
          ) : (
            <p class="sign-position">{ctx.t('proc.letter.defaultPosition')}</p>
          )}
          <p class="hint">{ctx.t('proc.letter.electronic')}</p>
        </div>
        <footer class="verify">
          <QrCode text={props.verifyUrl} label={ctx.t('proc.letter.qr')} />
          <p>
            {ctx.t('proc.letter.verifyAt')} <code>{props.verifyUrl}</code>
          </p>
        </footer>
      </article>
      <p class="no-print">
        <a href={`/rekomendasi/${v.number}`}>{ctx.t('proc.letter.back')}</a>
      </p>
    </Layout>
  );
}

/** A form to look a clearance number up. */
export function ClearanceLookupPage(props: { ctx: ViewCtx; number: string; notFound: boolean }) {
  const { ctx } = props;
  const title = ctx.t('proc.lookup.title');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} lead={ctx.t('proc.lookup.lead')} />
      {props.notFound ? (
        <Notice kind="error">
          <strong class="verdict">{ctx.t('proc.lookup.notFound')}</strong>{' '}
          {ctx.t('proc.lookup.notFoundText', { number: props.number })}
        </Notice>
      ) : null}
      <form method="get" action="/rekomendasi" class="inline-form">
        <label>
          {ctx.t('proc.number')} <input type="text" name="nomor" value={props.number} required />
        </label>
        <button type="submit">{ctx.t('proc.lookup.verify')}</button>
      </form>
    </Layout>
  );
}

type Log = Awaited<ReturnType<typeof decisionLog>>;

/** The public decision log: every decision on a published proposal, with its reasons. */
export function DecisionLogPage(props: {
  ctx: ViewCtx;
  log: Log;
  reasons: ReasonOption[];
  errors: FieldError[];
  filters: Record<string, string | undefined>;
}) {
  const { ctx, log } = props;
  const title = ctx.t('proc.log.title');
  const csv = new URL(ctx.url.toString());
  csv.pathname = '/keputusan.csv';
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} lead={ctx.t('proc.log.lead')} />
      <ErrorSummary title={ctx.t('error.invalid')} errors={props.errors} />
      <form method="get" action="/keputusan" class="inline-form">
        <label>
          {ctx.t('proc.decide.decision')}{' '}
          <select name="decision">
            <option value="">—</option>
            {DECISIONS.map((value) => (
              <option value={value} selected={props.filters.decision === value}>
                {ctx.t(`decision.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {ctx.t('proc.reason')}{' '}
          <select name="reason">
            <option value="">—</option>
            {props.reasons.map((r) => (
              <option value={r.code} selected={props.filters.reason === r.code}>
                {reasonLabel(ctx, props.reasons, r.code)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {ctx.t('proc.log.agencyCode')}{' '}
          <input type="text" name="agency" value={props.filters.agency ?? ''} size={8} />
        </label>
        <label>
          {ctx.t('proc.fiscalYear')}{' '}
          <input type="text" name="year" value={props.filters.year ?? ''} size={5} />
        </label>
        <button type="submit" class="secondary">
          {ctx.t('proc.filter')}
        </button>
        <a href={`${csv.pathname}${csv.search}`} hx-boost="false">
          {ctx.t('proc.log.csv')}
        </a>
      </form>
      {log.items.length === 0 ? (
        <p class="empty">{ctx.t('proc.log.empty')}</p>
      ) : (
        <ol class="cards decisions">
          {log.items.map((d) => (
            <li>
              <span class="title">
                <a href={`/aplikasi/${d.applicationId}`}>{d.name}</a> <small>· {d.agencyName}</small>
              </span>
              <div class="meta">
                <Badge
                  kind={
                    d.decision.startsWith('approved') ? 'ok' : d.decision === 'rejected' ? 'warn' : 'info'
                  }
                >
                  {ctx.t(`decision.${d.decision as Decision}`)}
                </Badge>
                <span>{formatDate(ctx, d.decidedAt)}</span>
                <span>{ctx.t('proc.log.fy', { year: d.fiscalYear })}</span>
                <span>{ctx.t('proc.log.requested', { amount: rupiah(ctx, d.requestedBudget) })}</span>
                {d.clearanceNumber ? (
                  <span>
                    {d.budgetCeiling !== null
                      ? `${ctx.t('proc.log.ceiling', { amount: rupiah(ctx, d.budgetCeiling) })} · `
                      : null}
                    <a href={`/rekomendasi/${d.clearanceNumber}`}>{d.clearanceNumber}</a>
                  </span>
                ) : null}
              </div>
              {d.reasonCodes.length ? (
                <p>
                  {ctx.t('proc.decide.reasons')}:{' '}
                  {d.reasonCodes.map((c) => (
                    <Badge>{reasonLabel(ctx, props.reasons, c)}</Badge>
                  ))}
                </p>
              ) : null}
              {d.suggested.length ? (
                <p>
                  {ctx.t('proc.suggestedInstead')}:{' '}
                  {d.suggested.map((s, i) => (
                    <>
                      {i ? ', ' : ''}
                      <a href={`/aplikasi/${s.id}`}>{s.acronym ?? s.name}</a>
                    </>
                  ))}
                </p>
              ) : null}
              {d.conditions ? (
                <p>
                  {ctx.t('proc.conditions')}: {d.conditions}
                </p>
              ) : null}
              {d.comment ? <p>{d.comment}</p> : null}
            </li>
          ))}
        </ol>
      )}
      <Pagination ctx={ctx} page={log.page} pageSize={log.pageSize} total={log.total} />
    </Layout>
  );
}

export function InboxPage(props: {
  ctx: ViewCtx;
  items: {
    id: number;
    kind: string;
    title: string;
    body: string;
    link: string | null;
    readAt: number | null;
    createdAt: number;
  }[];
}) {
  const { ctx } = props;
  const title = ctx.t('proc.inbox.title');
  const unread = props.items.filter((n) => !n.readAt).length;
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} lead={ctx.t('proc.inbox.unread', { n: unread })} />
      {unread ? (
        <form method="post" action="/kotak-masuk/baca" class="inline">
          <CsrfField ctx={ctx} />
          <button type="submit" class="secondary">
            {ctx.t('proc.inbox.markAll')}
          </button>
        </form>
      ) : null}
      {props.items.length === 0 ? (
        <p class="empty">{ctx.t('proc.inbox.empty')}</p>
      ) : (
        <ul class="cards inbox">
          {props.items.map((n) => (
            <li class={n.readAt ? 'read' : 'unread'}>
              <span class="title">{n.link ? <a href={n.link}>{n.title}</a> : n.title}</span>
              <div class="meta">
                <span>{formatDate(ctx, n.createdAt)}</span>
                {n.readAt ? null : <Badge kind="info">{ctx.t('proc.inbox.new')}</Badge>}
              </div>
              {n.body ? <p>{n.body}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function HolidaysPage(props: {
  ctx: ViewCtx;
  items: { date: string; name: string }[];
  errors: FieldError[];
  values: { date: string; name: string };
}) {
  const { ctx } = props;
  const title = ctx.t('proc.holidays.title');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        crumbs={[{ href: '/admin', label: ctx.t('proc.admin') }]}
        lead={ctx.t('proc.holidays.lead')}
      />
      <ErrorSummary title={ctx.t('error.invalid')} errors={props.errors} />
      <form method="post" action="/admin/libur" class="inline-form">
        <CsrfField ctx={ctx} />
        <Input
          label={ctx.t('proc.date')}
          name="date"
          type="date"
          value={props.values.date}
          errors={props.errors}
          required
        />
        <Input
          label={ctx.t('proc.name')}
          name="name"
          value={props.values.name}
          errors={props.errors}
          required
        />
        <button type="submit">{ctx.t('proc.save')}</button>
      </form>
      <table>
        <tbody>
          {props.items.map((h) => (
            <tr>
              <td>
                <code>{h.date}</code>
              </td>
              <td>{h.name}</td>
              <td>
                {/* Without JavaScript this post answers a confirmation page; with htmx the
                    browser's dialog confirms and the request carries confirm=yes. */}
                <form
                  method="post"
                  action={`/admin/libur/${h.date}/hapus`}
                  class="inline"
                  hx-confirm={ctx.t('proc.holidays.confirmDialog', { date: h.date, name: h.name })}
                  hx-vals={JSON.stringify({ confirm: 'yes' })}
                >
                  <CsrfField ctx={ctx} />
                  <button type="submit" class="secondary">
                    {ctx.t('proc.delete')}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

/** The no-JavaScript confirmation of deleting a holiday. */
export function ConfirmHolidayDelete(props: { ctx: ViewCtx; date: string; name: string }) {
  const { ctx } = props;
  const title = ctx.t('proc.holidays.confirmTitle');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} crumbs={[{ href: '/admin/libur', label: ctx.t('proc.holidays.title') }]} />
      <p>{ctx.t('proc.holidays.confirmDialog', { date: props.date, name: props.name })}</p>
      <form method="post" action={`/admin/libur/${props.date}/hapus`} class="inline">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" class="danger">
          {ctx.t('proc.holidays.confirmYes')}
        </button>{' '}
        <a href="/admin/libur">{ctx.t('proc.cancel')}</a>
      </form>
    </Layout>
  );
}
