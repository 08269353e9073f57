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
import { APPLICATION_COLUMNS, BOM, csvLine } from './formats';
import * as importer from './import-service';
import { startImportJob, takeImportJob } from './jobs';
import { ImportPage, type ImportPageView, ImportProgress, ImportReportSection } from './views/import';

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
const TEMPLATE =
  BOM +
  csvLine([...APPLICATION_COLUMNS]) +
  csvLine(
    APPLICATION_COLUMNS.map(
      (c) =>
        ({
          name: 'Sistem Informasi Contoh',
          acronym: 'SICONTOH',
          description: 'Hapus baris contoh ini sebelum mengimpor.',
          category: 'khusus',
          status: 'draft',
          hosting: 'pdn',
          url: 'https://contoh.go.id',
          yearlyCost: 150000000,
          launchYear: 2024,
          functions: 'RAB.09.06.01;RAL.02.06.01',
          dataEntities: 'RAD.09.06.01:producer',
        })[c as string] ?? '',
    ),
  );

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

function reportView(r: importer.ImportReport, t: Translate, fileName: string, content?: string) {
  return {
    fileName,
    format: r.format,
    dryRun: r.dryRun,
    applied: r.applied,
    counts: r.counts,
    content,
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
    } else if (typeof content === 'string') bytes = new TextEncoder().encode(content);
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
      // The checked file goes back in the apply form (it is UTF-8: the parser refused anything else).
      return { report, text: report.dryRun ? new TextDecoder().decode(data) : undefined };
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
      const { report, text } = await run();
      view.report = reportView(report, t, fileName, text);
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
    view.report = reportView(job.result!.report, t, job.fileName, job.result!.text);
    return c.html(<ImportReportSection ctx={viewCtx(c)} view={view} />);
  });
  return r;
}
