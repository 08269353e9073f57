import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../kernel/env';
import { afterResponse } from '../../kernel/http/after';
import { openData, openDataHeaders } from '../../kernel/http/open-data';
import { describe, input, problemResponse } from '../../kernel/http/openapi';
import { type Translate, translateIssues, translateText } from '../../kernel/i18n';
import { requireRole, viewerOf } from '../../kernel/policy';
import { requireUser } from '../accounts/middleware';
import { dcatCatalogue } from './descriptors-service';
import * as exporter from './export-service';
import * as importer from './import-service';
import {
  ApiExportQuery,
  ApplicationIdParams,
  ExportQuery,
  ImportQuery,
  type ImportReportJson,
  ImportReportSchema,
} from './schemas';

/** The site's absolute URL, for links inside exported files and descriptors. */
export const siteUrl = (c: Context<AppEnv>) =>
  (c.get('config').PUBLIC_URL ?? new URL(c.req.url).origin).replace(/\/$/, '');

const MEDIA = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const;

/** A streamed export: the body is read page by page as the client takes it. */
function streamed(
  c: Context<AppEnv>,
  chunks: AsyncGenerator<string>,
  format: 'ndjson' | 'csv',
  name: string,
) {
  c.header('Content-Type', MEDIA[format]);
  if (format === 'csv') c.header('Content-Disposition', `attachment; filename="${name}.csv"`);
  return c.body(exporter.byteStream(chunks));
}

const NDJSON_NOTE =
  'Streamed: one JSON object per line (NDJSON), read from the database page by page, so the whole catalogue is never held in memory.';
const CSV_NOTE =
  "Streamed CSV (RFC 4180, CRLF) in UTF-8 with a byte order mark, so spreadsheet programs read it as UTF-8; a cell starting with `=`, `+`, `-`, `@`, tab or carriage return is prefixed with `'` so no spreadsheet runs it as a formula. Several values in one cell are separated by `;`.";

/**
 * Bulk exports of everything public (NDJSON and CSV of applications, APIs and agencies), one
 * application as publiccode.yml or Backstage catalog-info.yaml, and the DCAT-AP descriptor.
 */
export function transferApi() {
  const api = new Hono<AppEnv>();
  api.use('/export/*', openData());
  api.use('/dcat', openData());
  api.use('/applications/:id/publiccode.yml', openData());
  api.use('/applications/:id/catalog-info.yaml', openData());

  const exportResponses = (mediaType: string, what: string) => ({
    200: { description: what, mediaType, headers: openDataHeaders },
    400: problemResponse('Invalid filter; `errors` names each bad query parameter.'),
  });

  for (const format of ['ndjson', 'csv'] as const) {
    const upper = format === 'csv' ? 'Csv' : 'Ndjson';
    api.get(
      `/export/applications.${format}`,
      describe({
        operationId: `exportApplications${upper}`,
        tags: ['open data'],
        summary: `Every published application as ${format.toUpperCase()}`,
        description: `Every published application with its functions, data entities, APIs, consumed APIs and relations; the filters of \`GET /api/v1/applications\` apply. ${format === 'csv' ? CSV_NOTE : NDJSON_NOTE} Import it again with \`POST /api/v1/imports\`.`,
        access: 'public',
        responses: exportResponses(MEDIA[format].split(';')[0]!, 'The applications'),
      }),
      input('query', ExportQuery),
      async (c) =>
        streamed(
          c,
          await exporter.exportApplications(c.get('db'), format, c.req.valid('query')),
          format,
          'aplikasi',
        ),
    );
    api.get(
      `/export/apis.${format}`,
      describe({
        operationId: `exportApis${upper}`,
        tags: ['open data'],
        summary: `Every API of a published application as ${format.toUpperCase()}`,
        description: `Every API provided by a published application, with its owner and operation count; \`agency\` limits it to one agency. ${format === 'csv' ? CSV_NOTE : NDJSON_NOTE}`,
        access: 'public',
        responses: exportResponses(MEDIA[format].split(';')[0]!, 'The APIs'),
      }),
      input('query', ApiExportQuery),
      async (c) =>
        streamed(c, await exporter.exportApis(c.get('db'), format, c.req.valid('query')), format, 'api'),
    );
    api.get(
      `/export/agencies.${format}`,
      describe({
        operationId: `exportAgencies${upper}`,
        tags: ['open data'],
        summary: `Every agency as ${format.toUpperCase()}`,
        description: `Ministries, agencies, provinces, regencies and cities with their parent and published application count. ${format === 'csv' ? CSV_NOTE : NDJSON_NOTE}`,
        access: 'public',
        responses: {
          200: {
            description: 'The agencies',
            mediaType: MEDIA[format].split(';')[0]!,
            headers: openDataHeaders,
          },
        },
      }),
      async (c) => streamed(c, await exporter.exportAgencies(c.get('db'), format), format, 'instansi'),
    );
  }

  const oneFile = (what: string) => ({
    200: { description: what, mediaType: 'application/yaml', headers: openDataHeaders },
    400: problemResponse('Malformed id; `errors` names the path parameter.'),
    404: problemResponse('Not found, or not published.'),
  });

  api.get(
    '/applications/:id/publiccode.yml',
    describe({
      operationId: 'getApplicationPubliccode',
      tags: ['open data'],
      summary: 'One application as publiccode.yml',
      description:
        'The application in the publiccode.yml 0.4 standard for public-sector software; catalogue fields without an equivalent (agency, functions, data entities, RAA code, …) are under `x-katalog`, which the import reads back.',
      access: 'optional',
      responses: oneFile('publiccode.yml'),
    }),
    input('param', ApplicationIdParams),
    async (c) => {
      const body = await exporter.applicationPubliccode(
        c.get('db'),
        viewerOf(c.get('user')),
        c.req.valid('param').id,
        siteUrl(c),
      );
      return c.body(body, 200, { 'Content-Type': 'application/yaml; charset=utf-8' });
    },
  );

  api.get(
    '/applications/:id/catalog-info.yaml',
    describe({
      operationId: 'getApplicationCatalogInfo',
      tags: ['open data'],
      summary: 'One application as a Backstage catalog-info.yaml',
      description:
        'A multi-document Backstage descriptor: a System, the application as a Component, and one API entity per API it provides; catalogue fields are kept as `katalog.spbe.go.id/…` annotations, which the import reads back.',
      access: 'optional',
      responses: oneFile('catalog-info.yaml'),
    }),
    input('param', ApplicationIdParams),
    async (c) => {
      const body = await exporter.applicationCatalogInfo(
        c.get('db'),
        viewerOf(c.get('user')),
        c.req.valid('param').id,
        siteUrl(c),
      );
      return c.body(body, 200, { 'Content-Type': 'application/yaml; charset=utf-8' });
    },
  );

  api.get(
    '/dcat',
    describe({
      operationId: 'getDcatCatalogue',
      tags: ['open data'],
      summary: 'The open-data catalogue (DCAT-AP, JSON-LD)',
      description:
        'A DCAT-AP 3 catalogue in JSON-LD describing the bulk exports as datasets (applications, APIs, agencies), each with its NDJSON and CSV distributions, licence (CC BY 4.0) and last modification, for data portals to harvest.',
      access: 'public',
      responses: {
        200: {
          description: 'The DCAT-AP catalogue',
          mediaType: 'application/ld+json',
          schema: v.pipe(v.looseObject({}), v.description('A dcat:Catalog in JSON-LD.')),
          headers: openDataHeaders,
        },
      },
    }),
    async (c) =>
      c.body(JSON.stringify(await dcatCatalogue(c.get('db'), siteUrl(c))), 200, {
        'Content-Type': 'application/ld+json; charset=utf-8',
      }),
  );

  api.post(
    '/imports',
    describe({
      operationId: 'importApplications',
      tags: ['registry'],
      summary: 'Register or update many applications from one file (dry run by default)',
      description:
        'The body is the file: CSV (the columns of `/api/v1/export/applications.csv` and of the template at `/impor/templat.csv`), XLSX (the first sheet, with the same header row, as in the template at `/impor/templat.xlsx`; sheet row numbers are the report’s lines; a formula cell is an error of its row), JSON or NDJSON in the export’s record shape, a Backstage catalog-info.yaml (Component and System kinds; API entities are reported and skipped) or a publiccode.yml. Rows are matched to the agency’s applications by `id` or by exact name, never by a guess. With `dryRun=true` (the default) nothing is written and each row says create, update, unchanged or error, with field messages and, for a new application, its closest national service. With `dryRun=false` the file is written in one atomic batch with an import event in the audit trail, or not at all (422 listing the rows at fault as `line: field`). Files of 10 MiB or more, 20,000 rows or more, not UTF-8, with semicolon delimiters, formula cells or hostile YAML are refused whole, and so are an old .xls or password-protected workbook, a ZIP that is not a workbook, and a workbook declaring more than 50 MiB unpacked (40 MiB for one part), inflating past what it declares, or holding a DOCTYPE. The format is read from the content (a ZIP is a workbook), else from `name`, else from the Content-Type.',
      access: 'token',
      requestBody: {
        required: true,
        content: {
          ...Object.fromEntries(
            ['text/csv', 'application/json', 'application/x-ndjson', 'application/yaml'].map((t) => [
              t,
              { schema: { type: 'string' } },
            ]),
          ),
          [XLSX]: { schema: { type: 'string', format: 'binary' } },
        },
      },
      responses: {
        200: { description: 'The report, per row', schema: ImportReportSchema },
        400: problemResponse('Malformed query; `errors` names the parameter.'),
        401: problemResponse('No valid API token (or session).'),
        403: problemResponse('Only operators (for their own agency) and admins import.'),
        413: problemResponse('Request body larger than 11 MiB.'),
        422: problemResponse(
          'The file is refused (`errors` names `file`), or, applying, some rows are wrong (`errors` names each as `line: field`); nothing was written.',
        ),
      },
    }),
    (c, next) => {
      requireRole(requireUser(c), 'operator', 'admin');
      return next();
    },
    input('query', ImportQuery),
    async (c) => {
      const user = requireUser(c);
      const q = c.req.valid('query');
      const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim();
      const report = await importer.importFile(c.get('db'), user, {
        agency: q.agency ?? user.agencyCode ?? '',
        fileName: q.name ?? `upload.${EXTENSION[type] ?? 'csv'}`,
        bytes: new Uint8Array(await c.req.arrayBuffer()),
        dryRun: q.dryRun,
      });
      importer.requireApplied(report);
      if (report.applied)
        afterResponse(
          c,
          'national picture refresh after an import failed',
          importer.refreshAfterImport(c.get('db')),
        );
      return c.json(reportJson(report, c.get('t')));
    },
  );

  return api;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const EXTENSION: Record<string, string> = {
  [XLSX]: 'xlsx',
  'text/csv': 'csv',
  'application/json': 'json',
  'application/x-ndjson': 'ndjson',
  'application/yaml': 'yaml',
  'text/yaml': 'yaml',
};

/** An import report in one language, as the API answers it. */
export function reportJson(r: importer.ImportReport, t: Translate): ImportReportJson {
  return {
    format: r.format,
    agency: r.agency,
    dryRun: r.dryRun,
    applied: r.applied,
    counts: r.counts,
    rows: r.rows.map((row) => ({
      line: row.line,
      name: row.name,
      action: row.action,
      ...(row.id !== undefined ? { id: row.id } : {}),
      issues: translateIssues(t, row.issues),
      ...(row.changes ? { changes: row.changes } : {}),
      ...(row.overlap !== undefined ? { overlap: row.overlap } : {}),
      ...(row.note ? { note: translateText(t, row.note) } : {}),
    })),
  };
}
