import { PROPOSAL_KINDS } from '../../../../db/schema/reviews';
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
import { L, type ViewCtx } from '../../../../views/context';
import { CsrfField, Layout } from '../../../../views/layout';
import type { FieldChange } from '../../../domain/diff';
import type { FieldError } from '../../../kernel/errors';
import { formatRupiah, type MessageKey } from '../../../kernel/i18n';
import { can } from '../../../kernel/policy';
import type { DataEntityRow, FunctionRow } from '../../catalogue/repo/catalogue';
import type { OverlapReport } from '../../overlap/service';
import { OverlapPanel } from '../../overlap/views/check';
import { DataRows, FunctionPicker } from '../../registry/views/app-form';
import type { proposalDetail } from '../proposals-service';
import { reasonsAsked } from '../reasons';
import type { ProposalView } from '../view-models';

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

export const KIND_LABELS: Record<(typeof PROPOSAL_KINDS)[number], [string, string]> = {
  build: ['membangun aplikasi baru', 'build a new application'],
  extend: ['mengembangkan aplikasi yang ada', 'extend an existing application'],
  operate: ['mengoperasikan / berlangganan', 'operate / subscribe'],
};

export const DECISION_LABELS: Record<string, [string, string]> = {
  approved: ['Disetujui', 'Approved'],
  approved_with_conditions: ['Disetujui bersyarat', 'Approved with conditions'],
  rejected: ['Ditolak', 'Rejected'],
  returned: ['Dikembalikan', 'Returned'],
};

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
  const title = editing
    ? L(ctx, `Ubah usulan: ${v.name}`, `Edit proposal: ${v.name}`)
    : L(ctx, 'Usulan aplikasi baru', 'New application proposal');
  const year = new Date().getFullYear();
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        crumbs={[{ href: '/usulan', label: L(ctx, 'Usulan', 'Proposals') }]}
        lead={L(
          ctx,
          'Sebelum pengadaan: uraikan aplikasi yang akan dibangun. Panel di samping menunjukkan aplikasi umum dan aplikasi instansi lain yang sudah melakukan hal yang sama.',
          'Before procurement: describe the application. The panel beside the form shows the shared and other agencies’ applications that already do the same.',
        )}
      />
      {props.conflict ? <ConflictNotice ctx={ctx} {...props.conflict} /> : null}
      <ErrorSummary title={ctx.t('error.invalid')} errors={errors} />
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
            <Fieldset legend={L(ctx, 'Aplikasi yang diusulkan', 'The proposed application')}>
              <Input
                label={L(ctx, 'Nama aplikasi', 'Application name')}
                name="name"
                value={v.name}
                errors={errors}
                required
                maxlength={200}
              />
              <Input
                label={L(ctx, 'Singkatan', 'Acronym')}
                name="acronym"
                value={v.acronym}
                errors={errors}
                maxlength={40}
              />
              <TextArea
                label={L(
                  ctx,
                  'Deskripsi: apa yang dikerjakan aplikasi',
                  'Description: what the application does',
                )}
                name="description"
                value={v.description}
                errors={errors}
                rows={5}
                maxlength={5000}
              />
            </Fieldset>
            <FunctionPicker ctx={ctx} chosen={v.functions} options={props.functions} errors={errors} />
            <DataRows ctx={ctx} rows={v.dataEntities} options={props.dataEntities} errors={errors} />
            <Fieldset legend={L(ctx, 'Pengadaan', 'Procurement')}>
              <Select
                label={L(ctx, 'Jenis usulan', 'Kind')}
                name="kind"
                value={v.kind}
                errors={errors}
                options={PROPOSAL_KINDS.map((k) => ({
                  value: k,
                  label: L(ctx, KIND_LABELS[k][0], KIND_LABELS[k][1]),
                }))}
              />
              <Input
                label={L(ctx, 'Tahun anggaran', 'Fiscal year')}
                name="fiscalYear"
                value={v.fiscalYear || String(year + 1)}
                errors={errors}
                inputmode="numeric"
                required
              />
              <Input
                label={L(ctx, 'Anggaran yang diusulkan (Rp)', 'Requested budget (IDR)')}
                name="requestedBudget"
                value={v.requestedBudget}
                errors={errors}
                inputmode="numeric"
                required
              />
              <TextArea
                label={L(ctx, 'Justifikasi kebutuhan', 'Justification')}
                name="justification"
                value={v.justification}
                errors={errors}
                rows={4}
              />
            </Fieldset>
            <Fieldset
              legend={L(ctx, 'Dokumen', 'Documents')}
              hint={L(
                ctx,
                'KAK dan analisis biaya-manfaat: unggah (PDF/DOCX/ODT, maks. 1 MiB) atau tautan. Wajib saat diajukan.',
                'Terms of reference and cost-benefit analysis: upload (PDF/DOCX/ODT, max 1 MiB) or link. Required to submit.',
              )}
            >
              <label class="form-field">
                <span>{L(ctx, 'Berkas KAK', 'Terms of reference file')}</span>
                <input type="file" name="kakFile" accept=".pdf,.doc,.docx,.odt" />
                {errorsFor(errors, 'kakFile').length ? (
                  <span class="field-error">{errorsFor(errors, 'kakFile').join('; ')}</span>
                ) : null}
              </label>
              <Input
                label={L(ctx, 'atau tautan KAK', 'or a link to it')}
                name="kakUrl"
                type="url"
                value={v.kakUrl}
                errors={errors}
              />
              <label class="form-field">
                <span>{L(ctx, 'Berkas analisis biaya-manfaat', 'Cost-benefit analysis file')}</span>
                <input type="file" name="costBenefitFile" accept=".pdf,.doc,.docx,.odt" />
                {errorsFor(errors, 'costBenefitFile').length ? (
                  <span class="field-error">{errorsFor(errors, 'costBenefitFile').join('; ')}</span>
                ) : null}
              </label>
              <Input
                label={L(ctx, 'atau tautannya', 'or a link to it')}
                name="costBenefitUrl"
                type="url"
                value={v.costBenefitUrl}
                errors={errors}
              />
            </Fieldset>
            <p class="actions">
              <button type="submit" name="action" value="save">
                {L(ctx, 'Simpan draf', 'Save draft')}
              </button>{' '}
              <button type="submit" name="action" value="check" class="secondary">
                {L(ctx, 'Periksa tumpang tindih', 'Check for overlap')}
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
  const title = L(ctx, 'Usulan instansi saya', 'My agency’s proposals');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} lead={ctx.user?.agencyName ?? ''} />
      <p>
        <a class="button" href="/usulan/baru">
          {L(ctx, 'Buat usulan', 'New proposal')}
        </a>
      </p>
      {props.items.length === 0 ? (
        <p class="empty">{L(ctx, 'Belum ada usulan.', 'No proposals yet.')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{L(ctx, 'Usulan', 'Proposal')}</th>
              <th>Status</th>
              <th>{L(ctx, 'Tahun', 'Year')}</th>
              <th class="num">{L(ctx, 'Anggaran', 'Budget')}</th>
              <th>{L(ctx, 'Tenggat', 'Due')}</th>
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

type Detail = Awaited<ReturnType<typeof proposalDetail>>;

/** The findings of one round, as the reviewer saw them, with the operator's reasons. */
function Findings(props: { ctx: ViewCtx; detail: Detail; round: number }) {
  const { ctx } = props;
  const findings = props.detail.findings.filter((f) => f.round === props.round);
  if (!findings.length)
    return <p class="empty">{L(ctx, 'Tidak ada tumpang tindih tercatat.', 'No overlap recorded.')}</p>;
  return (
    <ol class="cards matches">
      {findings.map((f) => {
        const ev = f.evidence;
        return (
          <li class={f.flagged ? 'flagged' : undefined}>
            <a class="title" href={`/aplikasi/${f.candidateId}`}>
              {f.candidateAcronym ?? f.candidateName}
            </a>{' '}
            {f.candidateCategory === 'umum' ? <Badge kind="shared">{ctx.t('category.umum')}</Badge> : null}{' '}
            {f.flagged ? (
              <Badge kind="warn">{L(ctx, 'Kemungkinan duplikasi', 'Likely duplicate')}</Badge>
            ) : null}
            <div class="meta">
              <span>{f.candidateAgency}</span>
              <span>
                {L(ctx, 'skor', 'score')} {f.score.toFixed(2)}
              </span>
            </div>
            {ev.functions.length ? (
              <p>
                {L(ctx, 'Fungsi sama', 'Same functions')}: {ev.functions.map((x) => x.title).join(', ')}
              </p>
            ) : null}
            {ev.dataEntities.length ? (
              <p>
                {L(ctx, 'Data sama', 'Same data')}: {ev.dataEntities.map((x) => x.name).join(', ')}
              </p>
            ) : null}
            {f.justification ? (
              <p class="justification">
                <strong>{L(ctx, 'Alasan tidak memakai', 'Reason for not reusing')}:</strong> {f.justification}
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
  canEdit: boolean;
  live: OverlapReport | null;
  submitErrors: FieldError[];
  justifications: Record<string, string>;
  decisionForm?: unknown;
  children?: unknown;
}) {
  const { ctx, detail } = props;
  const p = detail.proposal;
  const title = p.name;
  const canSubmit = !!props.canEdit && can(ctx.user, 'proposal.submit', p);
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        crumbs={[
          ctx.user?.role === 'reviewer'
            ? { href: '/penilaian', label: L(ctx, 'Antrean penilaian', 'Review queue') }
            : { href: '/usulan', label: L(ctx, 'Usulan', 'Proposals') },
        ]}
      />
      {ctx.url.searchParams.get('saved') ? (
        <Notice kind="ok">{L(ctx, 'Tersimpan.', 'Saved.')}</Notice>
      ) : ctx.url.searchParams.get('submitted') ? (
        <Notice kind="ok">
          {L(ctx, 'Usulan diajukan ke KemenPANRB.', 'Proposal submitted to KemenPANRB.')}
        </Notice>
      ) : ctx.url.searchParams.get('decided') ? (
        <Notice kind="ok">{L(ctx, 'Keputusan tersimpan.', 'Decision saved.')}</Notice>
      ) : null}
      <p class="meta">
        <StatusBadge ctx={ctx} status={p.status} />{' '}
        <Badge>{L(ctx, `putaran ${p.round}`, `round ${p.round}`)}</Badge>
      </p>
      <dl class="facts">
        <dt>{L(ctx, 'Instansi', 'Agency')}</dt>
        <dd>
          <a href={`/instansi/${p.agencyCode}`}>{p.agencyName}</a>
        </dd>
        <dt>{L(ctx, 'Jenis', 'Kind')}</dt>
        <dd>
          {L(
            ctx,
            KIND_LABELS[p.kind as keyof typeof KIND_LABELS][0],
            KIND_LABELS[p.kind as keyof typeof KIND_LABELS][1],
          )}
        </dd>
        <dt>{L(ctx, 'Tahun anggaran', 'Fiscal year')}</dt>
        <dd>{p.fiscalYear}</dd>
        <dt>{L(ctx, 'Anggaran diusulkan', 'Requested budget')}</dt>
        <dd>{rupiah(ctx, p.requestedBudget)}</dd>
        {p.submittedAt ? (
          <>
            <dt>{L(ctx, 'Diajukan', 'Submitted')}</dt>
            <dd>{formatDate(ctx, p.submittedAt)}</dd>
            <dt>{L(ctx, 'Tenggat penilaian', 'Review due')}</dt>
            <dd>{formatDate(ctx, p.dueAt)}</dd>
          </>
        ) : null}
        {p.sharedCoverage !== null ? (
          <>
            <dt>{L(ctx, 'Cakupan aplikasi umum', 'Shared coverage')}</dt>
            <dd>{percent(p.sharedCoverage)}</dd>
          </>
        ) : null}
        {detail.clearance ? (
          <>
            <dt>{L(ctx, 'Rekomendasi', 'Clearance')}</dt>
            <dd>
              <a href={`/rekomendasi/${detail.clearance.number}`}>{detail.clearance.number}</a>
              {detail.clearance.revokedAt ? <Badge kind="warn">{L(ctx, 'dicabut', 'revoked')}</Badge> : null}
            </dd>
          </>
        ) : null}
      </dl>
      <p class="lead">{p.description}</p>
      {p.justification ? (
        <>
          <h2>{L(ctx, 'Justifikasi', 'Justification')}</h2>
          <p>{p.justification}</p>
        </>
      ) : null}
      <h2>{L(ctx, 'Fungsi dan data', 'Functions and data')}</h2>
      <ul>
        {detail.functions.map((f) => (
          <li>
            <code>{f.code}</code> {ctx.lang === 'en' ? f.titleEn : f.title}
          </li>
        ))}
        {detail.dataEntities.map((d) => (
          <li>
            <code>{d.code}</code> {d.name} ({d.role})
          </li>
        ))}
      </ul>
      <h2>{L(ctx, 'Dokumen', 'Documents')}</h2>
      {detail.documents.length === 0 ? (
        <p class="empty">{L(ctx, 'Belum ada dokumen.', 'No documents yet.')}</p>
      ) : (
        <ul>
          {detail.documents.map((d) => (
            <li>
              {d.kind === 'kak'
                ? 'KAK'
                : d.kind === 'cost_benefit'
                  ? L(ctx, 'Analisis biaya-manfaat', 'Cost-benefit analysis')
                  : d.kind}
              :{' '}
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
      {props.canEdit && can(ctx.user, 'proposal.edit', p) ? (
        <p>
          <a class="button secondary" href={`/usulan/${p.id}/ubah`}>
            {L(ctx, 'Ubah usulan', 'Edit proposal')}
          </a>
        </p>
      ) : null}

      {detail.reviews.length ? (
        <>
          <h2>{L(ctx, 'Keputusan', 'Decisions')}</h2>
          <ol class="cards decisions">
            {detail.reviews.map((r) => {
              const codes = r.reasonCodes;
              const suggested = r.suggested.map((id) => detail.suggested.find((s) => s.id === id));
              return (
                <li>
                  <span class="title">
                    {L(ctx, `Putaran ${r.round}`, `Round ${r.round}`)}:{' '}
                    {L(ctx, DECISION_LABELS[r.decision]![0], DECISION_LABELS[r.decision]![1])}
                  </span>
                  <div class="meta">
                    <span>{formatDate(ctx, r.decidedAt)}</span>
                    <span>· {r.reviewerName}</span>
                  </div>
                  {codes.length ? (
                    <p>
                      {L(ctx, 'Alasan', 'Reasons')}:{' '}
                      {codes.map((c) => (
                        <code>{c}</code>
                      ))}
                    </p>
                  ) : null}
                  {r.conditions ? (
                    <p>
                      {L(ctx, 'Syarat', 'Conditions')}: {r.conditions}
                    </p>
                  ) : null}
                  {r.comment ? <p>{r.comment}</p> : null}
                  {suggested.length ? (
                    <p>
                      {L(ctx, 'Gunakan', 'Reuse')}:{' '}
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
      ) : null}

      {p.round > 0 ? (
        <>
          <h2>
            {L(
              ctx,
              `Tumpang tindih saat diajukan (putaran ${p.round})`,
              `Overlap at submission (round ${p.round})`,
            )}
          </h2>
          <Findings ctx={ctx} detail={detail} round={p.round} />
          {Array.from({ length: p.round - 1 }, (_, i) => p.round - 1 - i).map((round) => (
            <details class="earlier-round">
              <summary>{L(ctx, `Tumpang tindih putaran ${round}`, `Overlap in round ${round}`)}</summary>
              <Findings ctx={ctx} detail={detail} round={round} />
            </details>
          ))}
        </>
      ) : null}

      {canSubmit && props.live ? (
        <section aria-labelledby="submit-title" class="submit-box">
          <h2 id="submit-title">{L(ctx, 'Ajukan ke KemenPANRB', 'Submit to KemenPANRB')}</h2>
          <ErrorSummary title={ctx.t('error.invalid')} errors={props.submitErrors} />
          <p>{ctx.t('proposal.reasonsLead', { pct: `${Math.round(props.live.sharedCoverage * 100)}%` })}</p>
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
            <button type="submit">{L(ctx, 'Ajukan usulan', 'Submit proposal')}</button>
          </form>
        </section>
      ) : null}
      {props.children as never}
    </Layout>
  );
}
