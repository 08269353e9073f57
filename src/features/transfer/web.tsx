import { decodeBase64, encodeBase64 } from '@oslojs/encoding';
import { type Context, Hono } from 'hono';
import { ErrorSummary } from '../../../views/components/ui';
import type { AppEnv } from '../../kernel/env';
import { Invalid, NotFound } from '../../kernel/errors';
import { afterResponse, outlivesResponse } from '../../kernel/http/after';
import { viewCtx } from '../../kernel/http/render';
import { labelIssues, msg, type Translate, translateIssues, translateText } from '../../kernel/i18n';
import { errorFields } from '../../kernel/log';
import { may, requireRole } from '../../kernel/policy';
import type { SessionUser } from '../../kernel/user';
import { requireUser } from '../accounts/middleware';
import { siteUrl } from './api';
import { robotsTxt, sitemap } from './descriptors-service';
import { byteStream } from './export-service';
import { APPLICATION_COLUMNS, BOM, csvLine, templateExampleRow } from './formats';
import * as importer from './import-service';
import { startImportJob, takeImportJob } from './jobs';
import { ImportPage, type ImportPageView, ImportProgress, ImportReportSection } from './views/import';
import { isOle2, isZip } from './xlsx';

/** `/sitemap.xml` (or its parts `/sitemap-N.xml`) and `/robots.txt`: for search engines. */
export function descriptorsRouter() {
  const r = new Hono<AppEnv>();
  const serve = async (c: Context<AppEnv>, part?: number) => {
    const chunks = await sitemap(c.get('db'), siteUrl(c), part);
    if (!chunks) throw new NotFound(msg('transfer.sitemapPartNotFound'));
    c.header('Content-Type', 'application/xml; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(byteStream(chunks));
  };
  r.get('/sitemap.xml', (c) => serve(c));
  r.get('/:file{sitemap-[1-9][0-9]{0,4}\\.xml}', (c) =>
    serve(c, Number(c.req.param('file').slice('sitemap-'.length, -'.xml'.length))),
  );
  r.get('/robots.txt', (c) =>
    c.body(robotsTxt(siteUrl(c)), 200, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  return r;
}

/** The CSV template: the export's columns and one example row with real reference codes. */
const TEMPLATE = BOM + csvLine([...APPLICATION_COLUMNS]) + csvLine(templateExampleRow());

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A checked file as the apply form carries it: text as it is (the parser refused anything not
 * UTF-8), a workbook (binary) in base64.
 */
function carried(bytes: Uint8Array): { text: string; base64?: boolean } {
  return isZip(bytes) || isOle2(bytes)
    ? { text: encodeBase64(bytes), base64: true }
    : { text: new TextDecoder().decode(bytes) };
}

function pageView(user: SessionUser, agencyCode: string, errors: ImportPageView['errors']): ImportPageView {
  return {
    agency:
      !may(user, 'application.chooseOwner') && user.agencyCode
        ? { code: user.agencyCode, name: user.agencyName ?? user.agencyCode }
        : null,
    agencyCode,
    errors,
  };
}

function reportView(
  r: importer.ImportReport,
  t: Translate,
  fileName: string,
  content?: { text: string; base64?: boolean },
) {
  return {
    fileName,
    format: r.format,
    dryRun: r.dryRun,
    applied: r.applied,
    counts: r.counts,
    content: content?.text,
    contentBase64: content?.base64,
    rows: r.rows.map((row) => ({
      line: row.line,
      name: row.name,
      action: row.action,
      id: row.id,
      issues: translateIssues(t, row.issues),
      changes: row.changes,
      overlap: row.overlap ? { ...row.overlap, agency: row.overlap.agency.name } : row.overlap,
      note: row.note ? translateText(t, row.note) : undefined,
    })),
  };
}

/** `/impor`: operators (their agency) and admins (any) upload a file, dry run, then apply. */
export function importRouter() {
  const r = new Hono<AppEnv>();
  r.get('/impor/templat.csv', (c) =>
    c.body(TEMPLATE, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="templat-impor-aplikasi.csv"',
    }),
  );
  r.get('/impor/templat.xlsx', async (c) =>
    c.body(await importer.templateWorkbook(c.get('db'), c.get('t')), 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': 'attachment; filename="templat-impor-aplikasi.xlsx"',
    }),
  );
  r.get('/impor', (c) => {
    const user = requireRole(requireUser(c), 'operator', 'admin');
    return c.html(<ImportPage ctx={viewCtx(c)} view={pageView(user, user.agencyCode ?? '', [])} />);
  });
  r.post('/impor', async (c) => {
    const user = requireRole(requireUser(c), 'operator', 'admin');
    const form = await c.req.parseBody({ all: true });
    const one = (k: string) => (Array.isArray(form[k]) ? (form[k] as unknown[])[0] : form[k]);
    const agencyCode = String(one('agency') ?? user.agencyCode ?? '').trim();
    const file = one('file');
    const content = one('content');
    const apply = one('mode') === 'apply';
    const t = c.get('t');
    const db = c.get('db');
    // htmx asked for the report in place: on Node the import runs after answering and the page
    // polls its progress; without JavaScript (or on Workers) the answer is the finished page.
    const inPlace = c.req.header('HX-Target') === 'import-job' && outlivesResponse(c);
    let bytes: Uint8Array | undefined;
    let fileName = String(one('fileName') ?? 'berkas.csv');
    if (file instanceof File && file.size > 0) {
      bytes = new Uint8Array(await file.arrayBuffer());
      fileName = file.name;
    } else if (typeof content === 'string') {
      // A workbook comes back from the dry run's form in base64; a text file as it is.
      try {
        bytes =
          one('encoding') === 'base64' ? decodeBase64(content.trim()) : new TextEncoder().encode(content);
      } catch {
        bytes = undefined;
      }
    }
    const view = pageView(user, agencyCode, []);
    if (!bytes) {
      view.errors = [{ field: 'file', message: t('transfer.page.noFile') }];
      if (inPlace)
        return c.html(<ErrorSummary title={t('transfer.page.refused')} errors={view.errors} />, 422);
      return c.html(<ImportPage ctx={viewCtx(c)} view={view} />, 422);
    }
    const data = bytes;
    const run = async (onProgress?: (done: number, total: number, phase: importer.ImportPhase) => void) => {
      const report = await importer.importFile(db, user, {
        agency: agencyCode,
        fileName,
        bytes: data,
        dryRun: !apply,
        onProgress,
      });
      if (report.applied)
        afterResponse(c, 'national picture refresh after an import failed', importer.refreshAfterImport(db));
      // The checked file goes back in the apply form.
      return { report, content: report.dryRun ? carried(data) : undefined };
    };
    if (inPlace) {
      const log = c.get('log');
      const job = startImportJob(
        db,
        { userId: user.id, dryRun: !apply, fileName, agencyCode },
        run,
        (error) => log({ level: 'error', msg: 'import job failed', ...errorFields(error) }),
      );
      return c.html(<ImportProgress ctx={viewCtx(c)} job={job} />, 202);
    }
    try {
      const { report, content } = await run();
      view.report = reportView(report, t, fileName, content);
      return c.html(<ImportPage ctx={viewCtx(c)} view={view} />, report.counts.error && apply ? 422 : 200);
    } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      view.errors = labelIssues(t, e.fields);
      return c.html(<ImportPage ctx={viewCtx(c)} view={view} />, 422);
    }
  });
  r.get('/impor/kemajuan/:id', (c) => {
    const user = requireRole(requireUser(c), 'operator', 'admin');
    const t = c.get('t');
    const job = takeImportJob(c.get('db'), user.id, c.req.param('id'));
    // Said in place (htmx shows a 404's [data-error] part where the progress was).
    if (!job)
      return c.html(
        <div class="notice error" role="alert" data-error>
          {t('transfer.progress.gone')}
        </div>,
        404,
      );
    c.header('Cache-Control', 'no-store');
    if (!job.finishedAt) return c.html(<ImportProgress ctx={viewCtx(c)} job={job} />);
    if (job.failed)
      return c.html(
        <p class="notice error" role="alert">
          {t('transfer.progress.failed')}
        </p>,
      );
    if (job.refused)
      return c.html(
        <ErrorSummary title={t('transfer.page.refused')} errors={translateIssues(t, job.refused)} />,
      );
    const view = pageView(user, job.agencyCode, []);
    view.report = reportView(job.result!.report, t, job.fileName, job.result!.content);
    return c.html(<ImportReportSection ctx={viewCtx(c)} view={view} />);
  });
  return r;
}
