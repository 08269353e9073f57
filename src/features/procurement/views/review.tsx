import qrcode from 'qrcode-generator';
import { AGENCY_KINDS } from '../../../../db/schema/agencies';
import { errorsFor, Fieldset, Input, Notice, TextArea } from '../../../../views/components/form';
import {
  Badge,
  ErrorSummary,
  formatDate,
  PageHeader,
  Pagination,
  percent,
} from '../../../../views/components/ui';
import { L, type ViewCtx } from '../../../../views/context';
import { CsrfField, Layout } from '../../../../views/layout';
import type { FieldError } from '../../../kernel/errors';
import { formatRupiah, type MessageKey } from '../../../kernel/i18n';
import type { Page } from '../../../kernel/repo';
import type { OverlapReport } from '../../overlap/service';
import type { decisionLog, verifyClearance } from '../review-service';
import type { QueueItemView } from '../view-models';
import { DECISION_LABELS } from './proposals';

const rupiah = (ctx: ViewCtx, n: number) => formatRupiah(ctx.lang, n);

/** The reviewers' queue: waiting proposals, oldest first, with what matters to triage them. */
export function QueuePage(props: {
  ctx: ViewCtx;
  page: Page<QueueItemView>;
  filters: { agencyKind?: string; due?: string };
  now: number;
}) {
  const { ctx, page } = props;
  const title = L(ctx, 'Antrean penilaian', 'Review queue');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        lead={L(
          ctx,
          `${page.total} usulan menunggu, yang terlama lebih dulu.`,
          `${page.total} proposals waiting, oldest first.`,
        )}
      />
      <form method="get" action="/penilaian" class="inline-form filters-inline">
        <label>
          {L(ctx, 'Jenis instansi', 'Agency kind')}{' '}
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
          {L(ctx, 'Tenggat', 'Due')}{' '}
          <select name="due">
            <option value="">—</option>
            <option value="soon" selected={props.filters.due === 'soon'}>
              {L(ctx, '≤ 3 hari kerja', '≤ 3 working days')}
            </option>
            <option value="overdue" selected={props.filters.due === 'overdue'}>
              {L(ctx, 'lewat tenggat', 'overdue')}
            </option>
          </select>
        </label>
        <button type="submit" class="secondary">
          {L(ctx, 'Saring', 'Filter')}
        </button>
      </form>
      {page.items.length === 0 ? (
        <p class="empty">{L(ctx, 'Tidak ada usulan yang menunggu.', 'No proposals waiting.')}</p>
      ) : (
        <table class="queue">
          <thead>
            <tr>
              <th>{L(ctx, 'Usulan', 'Proposal')}</th>
              <th>{L(ctx, 'Instansi', 'Agency')}</th>
              <th class="num">{L(ctx, 'Anggaran', 'Budget')}</th>
              <th>{L(ctx, 'Tumpang tindih teratas', 'Top overlap')}</th>
              <th class="num">{L(ctx, 'Cakupan umum', 'Shared coverage')}</th>
              <th>{L(ctx, 'Diajukan', 'Submitted')}</th>
              <th>{L(ctx, 'Tenggat', 'Due')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((p) => (
              <tr>
                <td>
                  <a href={`/penilaian/${p.id}`}>{p.name}</a>{' '}
                  {p.round > 1 ? <Badge>{L(ctx, `putaran ${p.round}`, `round ${p.round}`)}</Badge> : null}
                </td>
                <td>{p.agencyName}</td>
                <td class="num">{rupiah(ctx, p.requestedBudget)}</td>
                <td>
                  {p.topCandidate ?? '—'}{' '}
                  {p.topScore !== null ? <small>({p.topScore.toFixed(2)})</small> : null}
                </td>
                <td class="num">{p.sharedCoverage !== null ? percent(p.sharedCoverage) : '—'}</td>
                <td>{formatDate(ctx, p.submittedAt)}</td>
                <td>
                  {formatDate(ctx, p.dueAt)}{' '}
                  {p.dueAt !== null && p.dueAt < props.now ? (
                    <Badge kind="warn">{L(ctx, 'lewat', 'overdue')}</Badge>
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

/** The decision form on a proposal under review. */
export function DecisionForm(props: {
  ctx: ViewCtx;
  proposalId: number;
  round: number;
  requestedBudget: number;
  reasons: { code: string; label: string; labelEn: string }[];
  candidates: { id: number; name: string; acronym: string | null }[];
  errors: FieldError[];
  values?: {
    decision?: string;
    reasonCodes?: string[];
    conditions?: string;
    comment?: string;
    suggested?: string[];
    budgetCeiling?: string;
  };
}) {
  const { ctx, errors } = props;
  const v = props.values ?? {};
  return (
    <section aria-labelledby="decide-title" class="decision-box">
      <h2 id="decide-title">{L(ctx, 'Putuskan', 'Decide')}</h2>
      <ErrorSummary title={ctx.t('error.invalid')} errors={errors} />
      <form method="post" action={`/penilaian/${props.proposalId}/putuskan`} class="stack">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="round" value={String(props.round)} />
        <Fieldset legend={L(ctx, 'Keputusan', 'Decision')} errors={errorsFor(errors, 'decision')}>
          {Object.entries(DECISION_LABELS).map(([value, [id, en]]) => (
            <label class="check">
              <input type="radio" name="decision" value={value} checked={v.decision === value} required />{' '}
              {L(ctx, id, en)}
            </label>
          ))}
        </Fieldset>
        <Fieldset legend={L(ctx, 'Alasan', 'Reasons')} errors={errorsFor(errors, 'reasonCodes')}>
          {props.reasons.map((r) => (
            <label class="check">
              <input
                type="checkbox"
                name="reasonCodes"
                value={r.code}
                checked={v.reasonCodes?.includes(r.code)}
              />{' '}
              {L(ctx, r.label, r.labelEn)} <code>{r.code}</code>
            </label>
          ))}
        </Fieldset>
        <Fieldset
          legend={L(ctx, 'Gunakan aplikasi ini sebagai gantinya', 'Reuse these applications instead')}
          errors={errorsFor(errors, 'suggestedApplications')}
        >
          {props.candidates.map((a) => (
            <label class="check">
              <input
                type="checkbox"
                name="suggestedApplications"
                value={String(a.id)}
                checked={v.suggested?.includes(String(a.id))}
              />{' '}
              {a.acronym ?? a.name}
            </label>
          ))}
          <Input
            label={L(
              ctx,
              'ID aplikasi lain (pisahkan dengan koma)',
              'Other application ids (comma-separated)',
            )}
            name="suggestedOther"
            errors={[]}
          />
        </Fieldset>
        <TextArea
          label={L(ctx, 'Syarat (untuk persetujuan bersyarat)', 'Conditions (for a conditional approval)')}
          name="conditions"
          value={v.conditions}
          errors={errors}
          rows={3}
        />
        <Input
          label={L(ctx, 'Pagu anggaran yang disetujui (Rp)', 'Approved budget ceiling (IDR)')}
          name="budgetCeiling"
          value={v.budgetCeiling ?? String(props.requestedBudget)}
          errors={errors}
          inputmode="numeric"
        />
        <TextArea
          label={L(ctx, 'Catatan', 'Comment')}
          name="comment"
          value={v.comment}
          errors={errors}
          rows={4}
        />
        <button type="submit">{L(ctx, 'Simpan keputusan', 'Save decision')}</button>
      </form>
    </section>
  );
}

export function LiveOverlapNote(props: { ctx: ViewCtx; live: OverlapReport }) {
  const { ctx } = props;
  return (
    <p class="hint">
      {L(
        ctx,
        `Saat ini (bukan saat diajukan): cakupan aplikasi umum ${Math.round(props.live.sharedCoverage * 100)}%, ${props.live.matches.filter((m) => m.flagged).length} kemungkinan duplikasi.`,
        `Now (not at submission): shared coverage ${Math.round(props.live.sharedCoverage * 100)}%, ${props.live.matches.filter((m) => m.flagged).length} likely duplicates.`,
      )}
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
}) {
  const { ctx, v } = props;
  const title = L(ctx, `Rekomendasi ${v.number}`, `Clearance ${v.number}`);
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        crumbs={[{ href: '/keputusan', label: L(ctx, 'Log keputusan', 'Decision log') }]}
      />
      {v.valid ? (
        <Notice kind="ok">
          <strong class="verdict">{L(ctx, 'SAH', 'VALID')}</strong>{' '}
          {L(ctx, 'Rekomendasi ini asli dan berlaku.', 'This clearance is genuine and in force.')}
        </Notice>
      ) : v.revoked ? (
        <Notice kind="error">
          <strong class="verdict">{L(ctx, 'DICABUT', 'REVOKED')}</strong>{' '}
          {L(
            ctx,
            `Dicabut pada ${formatDate(ctx, v.revokedAt)}: ${v.revokedReason ?? ''}`,
            `Revoked on ${formatDate(ctx, v.revokedAt)}: ${v.revokedReason ?? ''}`,
          )}
        </Notice>
      ) : (
        <Notice kind="error">
          <strong class="verdict">{L(ctx, 'TIDAK SAH', 'NOT VALID')}</strong>{' '}
          {L(
            ctx,
            'Isi rekomendasi ini tidak cocok dengan segelnya: telah diubah.',
            'The content does not match its seal: it was altered.',
          )}
        </Notice>
      )}
      <dl class="facts">
        <dt>{L(ctx, 'Nomor', 'Number')}</dt>
        <dd>
          <code>{v.number}</code>
        </dd>
        <dt>{L(ctx, 'Aplikasi', 'Application')}</dt>
        <dd>
          <a href={`/aplikasi/${v.application.id}`}>{v.application.name}</a>
        </dd>
        <dt>{L(ctx, 'Instansi', 'Agency')}</dt>
        <dd>{v.agency.name}</dd>
        <dt>{L(ctx, 'Tahun anggaran', 'Fiscal year')}</dt>
        <dd>{v.fiscalYear}</dd>
        <dt>{L(ctx, 'Pagu anggaran', 'Budget ceiling')}</dt>
        <dd>{rupiah(ctx, v.budgetCeiling)}</dd>
        {v.conditions ? (
          <>
            <dt>{L(ctx, 'Syarat', 'Conditions')}</dt>
            <dd>{v.conditions}</dd>
          </>
        ) : null}
        <dt>{L(ctx, 'Diterbitkan', 'Issued')}</dt>
        <dd>{formatDate(ctx, v.issuedAt)}</dd>
      </dl>
      <p>
        <a class="button secondary" href={`/rekomendasi/${v.number}/surat`}>
          {L(ctx, 'Surat rekomendasi (cetak)', 'Clearance letter (print)')}
        </a>{' '}
        <a href={`/api/v1/clearances/${v.number}`} hx-boost="false">
          JSON
        </a>
      </p>
      {props.canRevoke && !v.revoked ? (
        <section>
          <h2>{L(ctx, 'Cabut rekomendasi', 'Revoke the clearance')}</h2>
          <ErrorSummary title={ctx.t('error.invalid')} errors={props.errors} />
          <form method="post" action={`/rekomendasi/${v.number}/cabut`} class="stack narrow">
            <CsrfField ctx={ctx} />
            <TextArea label={L(ctx, 'Alasan', 'Reason')} name="reason" errors={props.errors} rows={3} />
            <button type="submit" class="danger secondary">
              {L(ctx, 'Cabut', 'Revoke')}
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
    <Layout ctx={ctx} title={L(ctx, `Surat rekomendasi ${v.number}`, `Clearance letter ${v.number}`)}>
      <article class="letter">
        <header>
          <p class="letterhead">KEMENTERIAN PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI</p>
          <h1>
            {L(ctx, 'Rekomendasi Pembangunan/Pengembangan Aplikasi', 'Application Development Clearance')}
          </h1>
          <p>
            {L(ctx, 'Nomor', 'Number')}: <strong>{v.number}</strong>
          </p>
        </header>
        <p>
          {L(
            ctx,
            `Berdasarkan penilaian atas usulan ${v.agency.name}, KemenPANRB memberikan rekomendasi untuk aplikasi berikut pada tahun anggaran ${v.fiscalYear}:`,
            `Having reviewed the proposal of ${v.agency.name}, KemenPANRB clears the following application for fiscal year ${v.fiscalYear}:`,
          )}
        </p>
        <dl class="facts">
          <dt>{L(ctx, 'Aplikasi', 'Application')}</dt>
          <dd>{v.application.name}</dd>
          <dt>{L(ctx, 'Instansi', 'Agency')}</dt>
          <dd>{v.agency.name}</dd>
          <dt>{L(ctx, 'Pagu anggaran', 'Budget ceiling')}</dt>
          <dd>{rupiah(ctx, v.budgetCeiling)}</dd>
          <dt>{L(ctx, 'Syarat', 'Conditions')}</dt>
          <dd>{v.conditions ?? '—'}</dd>
          <dt>{L(ctx, 'Tanggal', 'Date')}</dt>
          <dd>{formatDate(ctx, v.issuedAt)}</dd>
        </dl>
        {v.revoked ? <p class="verdict revoked">{L(ctx, 'DICABUT', 'REVOKED')}</p> : null}
        <footer class="verify">
          <QrCode text={props.verifyUrl} label={L(ctx, 'Kode QR verifikasi', 'Verification QR code')} />
          <p>
            {L(ctx, 'Periksa keabsahan di', 'Verify at')} <code>{props.verifyUrl}</code>
          </p>
        </footer>
      </article>
    </Layout>
  );
}

/** A form to look a clearance number up. */
export function ClearanceLookupPage(props: { ctx: ViewCtx; number: string; notFound: boolean }) {
  const { ctx } = props;
  const title = L(ctx, 'Verifikasi rekomendasi', 'Verify a clearance');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        lead={L(
          ctx,
          'Masukkan nomor rekomendasi, mis. REK-2027-00001-AB12.',
          'Enter a clearance number, e.g. REK-2027-00001-AB12.',
        )}
      />
      {props.notFound ? (
        <Notice kind="error">
          <strong class="verdict">{L(ctx, 'TIDAK DITEMUKAN', 'NOT FOUND')}</strong>{' '}
          {L(
            ctx,
            `Tidak ada rekomendasi bernomor ${props.number}.`,
            `There is no clearance numbered ${props.number}.`,
          )}
        </Notice>
      ) : null}
      <form method="get" action="/rekomendasi" class="inline-form">
        <label>
          {L(ctx, 'Nomor', 'Number')} <input type="text" name="nomor" value={props.number} required />
        </label>
        <button type="submit">{L(ctx, 'Periksa', 'Verify')}</button>
      </form>
    </Layout>
  );
}

type Log = Awaited<ReturnType<typeof decisionLog>>;

/** The public decision log: every decision on a published proposal, with its reasons. */
export function DecisionLogPage(props: {
  ctx: ViewCtx;
  log: Log;
  reasons: { code: string; label: string; labelEn: string }[];
  errors: FieldError[];
  filters: Record<string, string | undefined>;
}) {
  const { ctx, log } = props;
  const title = L(ctx, 'Log keputusan', 'Decision log');
  const csv = new URL(ctx.url.toString());
  csv.pathname = '/keputusan.csv';
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        lead={L(
          ctx,
          'Keputusan KemenPANRB atas usulan aplikasi dan alasannya, agar instansi belajar dari keputusan sebelumnya.',
          'KemenPANRB’s decisions on application proposals and their reasons, so agencies learn from earlier decisions.',
        )}
      />
      <ErrorSummary title={ctx.t('error.invalid')} errors={props.errors} />
      <form method="get" action="/keputusan" class="inline-form">
        <label>
          {L(ctx, 'Keputusan', 'Decision')}{' '}
          <select name="decision">
            <option value="">—</option>
            {Object.entries(DECISION_LABELS).map(([value, [id, en]]) => (
              <option value={value} selected={props.filters.decision === value}>
                {L(ctx, id, en)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {L(ctx, 'Alasan', 'Reason')}{' '}
          <select name="reason">
            <option value="">—</option>
            {props.reasons.map((r) => (
              <option value={r.code} selected={props.filters.reason === r.code}>
                {L(ctx, r.label, r.labelEn)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {L(ctx, 'Instansi (kode)', 'Agency (code)')}{' '}
          <input type="text" name="agency" value={props.filters.agency ?? ''} size={8} />
        </label>
        <label>
          {L(ctx, 'Tahun anggaran', 'Fiscal year')}{' '}
          <input type="text" name="year" value={props.filters.year ?? ''} size={5} />
        </label>
        <button type="submit" class="secondary">
          {L(ctx, 'Saring', 'Filter')}
        </button>
        <a href={`${csv.pathname}${csv.search}`} hx-boost="false">
          {L(ctx, 'Unduh CSV', 'Download CSV')}
        </a>
      </form>
      {log.items.length === 0 ? (
        <p class="empty">{L(ctx, 'Belum ada keputusan.', 'No decisions yet.')}</p>
      ) : (
        <ol class="cards decisions">
          {log.items.map((d) => (
            <li>
              <span class="title">
                {d.name} <small>· {d.agencyName}</small>
              </span>
              <div class="meta">
                <Badge
                  kind={
                    d.decision.startsWith('approved') ? 'ok' : d.decision === 'rejected' ? 'warn' : 'info'
                  }
                >
                  {L(ctx, DECISION_LABELS[d.decision]![0], DECISION_LABELS[d.decision]![1])}
                </Badge>
                <span>{formatDate(ctx, d.decidedAt)}</span>
                <span>
                  {L(ctx, 'TA', 'FY')} {d.fiscalYear}
                </span>
                <span>{rupiah(ctx, d.requestedBudget)}</span>
                {d.clearanceNumber ? (
                  <a href={`/rekomendasi/${d.clearanceNumber}`}>{d.clearanceNumber}</a>
                ) : null}
              </div>
              {d.reasonCodes.length ? (
                <p>
                  {L(ctx, 'Alasan', 'Reasons')}:{' '}
                  {d.reasonCodes.map((c) => {
                    const r = props.reasons.find((x) => x.code === c);
                    return <Badge>{r ? L(ctx, r.label, r.labelEn) : c}</Badge>;
                  })}
                </p>
              ) : null}
              {d.suggested.length ? (
                <p>
                  {L(ctx, 'Disarankan memakai', 'Suggested instead')}:{' '}
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
                  {L(ctx, 'Syarat', 'Conditions')}: {d.conditions}
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
  const title = L(ctx, 'Kotak masuk', 'Inbox');
  const unread = props.items.filter((n) => !n.readAt).length;
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} lead={L(ctx, `${unread} belum dibaca`, `${unread} unread`)} />
      {unread ? (
        <form method="post" action="/kotak-masuk/baca" class="inline">
          <CsrfField ctx={ctx} />
          <button type="submit" class="secondary">
            {L(ctx, 'Tandai semua sudah dibaca', 'Mark all as read')}
          </button>
        </form>
      ) : null}
      {props.items.length === 0 ? (
        <p class="empty">{L(ctx, 'Tidak ada pemberitahuan.', 'No notifications.')}</p>
      ) : (
        <ul class="cards inbox">
          {props.items.map((n) => (
            <li class={n.readAt ? 'read' : 'unread'}>
              <span class="title">{n.link ? <a href={n.link}>{n.title}</a> : n.title}</span>
              <div class="meta">
                <span>{formatDate(ctx, n.createdAt)}</span>
                {n.readAt ? null : <Badge kind="info">{L(ctx, 'baru', 'new')}</Badge>}
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
  const title = L(ctx, 'Hari libur nasional', 'National holidays');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        crumbs={[{ href: '/admin', label: L(ctx, 'Administrasi', 'Administration') }]}
        lead={L(
          ctx,
          'Dipakai untuk menghitung tenggat penilaian (20 hari kerja). Tambahkan hari libur dan cuti bersama dari SKB 3 Menteri setiap tahun; hari libur bertanggal tetap sudah terisi.',
          'Used for review due dates (20 working days). Add each year’s holidays and collective leave from the joint ministerial decree; fixed-date holidays are preloaded.',
        )}
      />
      <ErrorSummary title={ctx.t('error.invalid')} errors={props.errors} />
      <form method="post" action="/admin/libur" class="inline-form">
        <CsrfField ctx={ctx} />
        <Input
          label={L(ctx, 'Tanggal', 'Date')}
          name="date"
          type="date"
          value={props.values.date}
          errors={props.errors}
          required
        />
        <Input
          label={L(ctx, 'Nama', 'Name')}
          name="name"
          value={props.values.name}
          errors={props.errors}
          required
        />
        <button type="submit">{L(ctx, 'Simpan', 'Save')}</button>
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
                <form method="post" action={`/admin/libur/${h.date}/hapus`} class="inline">
                  <CsrfField ctx={ctx} />
                  <button type="submit" class="secondary">
                    {L(ctx, 'Hapus', 'Delete')}
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
