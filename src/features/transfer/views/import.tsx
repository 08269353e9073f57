import { ErrorSummary, PageHeader } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { CsrfField, Layout } from '../../../../views/layout';
import { formatNumber, type MessageKey } from '../../../kernel/i18n';

/** One row of the report, in the page's language already. */
export interface ImportRowView {
  line: number;
  name: string;
  action: 'create' | 'update' | 'unchanged' | 'error' | 'skipped';
  id?: number;
  issues: { field: string; message: string }[];
  changes?: string[];
  overlap?: { id: number; name: string; agency: string; score: number } | null;
  note?: string;
}

/** What the import page shows: the form, and after a submission its report. */
export interface ImportPageView {
  /** Fixed for an operator (their agency); an admin types a code. */
  agency: { code: string; name: string } | null;
  agencyCode: string;
  errors: { field: string; message: string }[];
  report?: {
    fileName: string;
    format: string;
    dryRun: boolean;
    applied: boolean;
    counts: Record<ImportRowView['action'], number>;
    rows: ImportRowView[];
    /** The checked file, carried to the apply form so it need not be chosen again. */
    content?: string;
    /** `content` is a workbook in base64. */
    contentBase64?: boolean;
  };
}

const ACTION: Record<ImportRowView['action'], MessageKey> = {
  create: 'transfer.page.create',
  update: 'transfer.page.update',
  unchanged: 'transfer.page.unchanged',
  error: 'transfer.page.error',
  skipped: 'transfer.page.skipped',
};

/** `/impor`: upload a file, see the dry run per row, then apply it all at once. */
export function ImportPage(props: { ctx: ViewCtx; view: ImportPageView }) {
  const { ctx, view } = props;
  const t = ctx.t;
  const r = view.report;
  return (
    <Layout ctx={ctx} title={t('transfer.page.title')}>
      <PageHeader title={t('transfer.page.title')} lead={t('transfer.page.lead')} />
      <ErrorSummary title={t('transfer.page.refused')} errors={view.errors} />
      <div id="import-job">{r ? <ImportReportSection ctx={ctx} view={view} /> : null}</div>

      <form method="post" action="/impor" enctype="multipart/form-data" class="stack" {...JOB_TARGET}>
        <CsrfField ctx={ctx} />
        {view.agency ? (
          <p>
            {t('transfer.page.forAgency', { agency: `${view.agency.name} (${view.agency.code})` })}
            <input type="hidden" name="agency" value={view.agency.code} />
          </p>
        ) : (
          <label class="form-field">
            <span>{t('transfer.page.agency')}</span>
            <input name="agency" value={view.agencyCode} required autocomplete="off" />
          </label>
        )}
        <label class="form-field">
          <span>{t('transfer.page.file')}</span>
          <input
            type="file"
            name="file"
            required
            accept=".xlsx,.csv,.json,.ndjson,.jsonl,.yaml,.yml,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          />
          <small>{t('transfer.page.fileHint')}</small>
        </label>
        <p class="actions">
          <button type="submit" name="mode" value="dry">
            {t('transfer.page.dryRun')}
          </button>
        </p>
      </form>

      <section aria-labelledby="help">
        <h2 id="help">{t('transfer.page.formats')}</h2>
        <ul>
          <li>
            <a href="/impor/templat.csv" download>
              {t('transfer.page.template')}
            </a>{' '}
            — {t('transfer.page.templateHint')}
          </li>
          <li>
            <a href="/impor/templat.xlsx" download>
              {t('transfer.page.templateXlsx')}
            </a>{' '}
            — {t('transfer.page.templateXlsxHint')}
          </li>
          <li>{t('transfer.page.formatJson')}</li>
          <li>{t('transfer.page.formatYaml')}</li>
          <li>
            {t('transfer.page.codes')} <a href="/fungsi">{t('nav.functions')}</a>,{' '}
            <a href="/data">{t('nav.data')}</a>, <a href="/referensi">{t('nav.reference')}</a>
          </li>
        </ul>
      </section>
    </Layout>
  );
}

/** Where a dry run or an apply started with htmx swaps its progress and then its report. */
const JOB_TARGET = {
  'hx-target': '#import-job',
  'hx-swap': 'innerHTML',
  'hx-encoding': 'multipart/form-data',
};

/** The report of a dry run or an apply: counts, the apply form, and one line per row. */
export function ImportReportSection(props: { ctx: ViewCtx; view: ImportPageView }) {
  const { ctx, view } = props;
  const t = ctx.t;
  const r = view.report;
  if (!r) return null;
  return (
    <section aria-labelledby="report" class="import-report">
      <h2 id="report">
        {r.applied
          ? t('transfer.page.applied')
          : r.dryRun
            ? t('transfer.page.dryRunDone')
            : t('transfer.page.notApplied')}
      </h2>
      <p role="status">
        {t('transfer.page.counts', {
          file: r.fileName,
          create: r.counts.create,
          update: r.counts.update,
          unchanged: r.counts.unchanged,
          error: r.counts.error,
        })}
      </p>
      {r.dryRun &&
      r.content !== undefined &&
      r.counts.error === 0 &&
      r.counts.create + r.counts.update > 0 ? (
        <form method="post" action="/impor" enctype="multipart/form-data" {...JOB_TARGET}>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="agency" value={view.agencyCode} />
          <input type="hidden" name="fileName" value={r.fileName} />
          {r.contentBase64 ? <input type="hidden" name="encoding" value="base64" /> : null}
          <textarea name="content" hidden>
            {r.content}
          </textarea>
          <button type="submit" name="mode" value="apply">
            {t('transfer.page.apply', { count: r.counts.create + r.counts.update })}
          </button>
        </form>
      ) : null}
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('transfer.page.line')}</th>
              <th scope="col">{t('transfer.page.name')}</th>
              <th scope="col">{t('transfer.page.action')}</th>
              <th scope="col">{t('transfer.page.details')}</th>
            </tr>
          </thead>
          <tbody>
            {r.rows.map((row) => (
              <tr class={`import-${row.action}`}>
                <td class="num">{row.line}</td>
                <td>
                  {row.id && row.action !== 'error' ? (
                    <a href={`/aplikasi/${row.id}`}>{row.name}</a>
                  ) : (
                    row.name
                  )}
                </td>
                <td>{t(ACTION[row.action])}</td>
                <td>
                  {row.issues.length ? (
                    <ul class="field-error">
                      {row.issues.map((i) => (
                        <li>
                          <code>{i.field}</code>: {i.message}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {row.changes?.length ? (
                    <span>{t('transfer.page.changes', { fields: row.changes.join(', ') })}</span>
                  ) : null}
                  {row.overlap ? (
                    <span>
                      {t('transfer.page.overlap', {
                        score: Math.round(row.overlap.score * 100),
                        agency: row.overlap.agency,
                      })}{' '}
                      <a href={`/aplikasi/${row.overlap.id}`}>{row.overlap.name}</a>
                    </span>
                  ) : null}
                  {row.note ? <span>{row.note}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** How far an import started with htmx is; it asks again until the report replaces it. */
export function ImportProgress(props: {
  ctx: ViewCtx;
  job: { id: string; dryRun: boolean; phase: 'check' | 'overlap' | 'write'; done: number; total: number };
}) {
  const { ctx, job } = props;
  const pct = job.total ? Math.floor((job.done / job.total) * 100) : 0;
  return (
    <div
      class="import-progress"
      role="status"
      aria-live="polite"
      hx-get={`/impor/kemajuan/${job.id}`}
      hx-trigger="load delay:500ms"
      hx-target="this"
      hx-swap="outerHTML"
    >
      <p id={`progress-${job.id}`}>
        {ctx.t(job.dryRun ? 'transfer.progress.dryRun' : 'transfer.progress.apply')}{' '}
        {job.total
          ? ctx.t('transfer.progress.step', {
              step: ctx.t(`transfer.phase.${job.phase}`),
              done: formatNumber(ctx.lang, job.done),
              total: formatNumber(ctx.lang, job.total),
            })
          : ctx.t('transfer.progress.reading')}
      </p>
      <progress max={100} value={pct} aria-labelledby={`progress-${job.id}`}>
        {pct}%
      </progress>
    </div>
  );
}
