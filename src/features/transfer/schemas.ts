import * as v from 'valibot';
import { int, intMin, named } from '../../kernel/http/openapi';
import { vmsg } from '../../kernel/schemas';
import { AGENCY_CODE, ApplicationIdParams, ApplicationListQuery } from '../catalogue/schemas';

/** The list API's filters, without paging or sort: the export has every match, by id. */
export const ExportQuery = v.omit(ApplicationListQuery, ['page', 'pageSize', 'sort']);
export type ExportQuery = v.InferOutput<typeof ExportQuery>;

/** `{id}` of an application (as the catalogue's routes read it). */
export { ApplicationIdParams };

/** The API export's one filter: the owner agency. */
export const ApiExportQuery = v.object({ agency: ApplicationListQuery.entries.agency });
export type ApiExportQuery = v.InferOutput<typeof ApiExportQuery>;

/** `/sitemap-N.xml`: which part of a sitemap index. */
export const SitemapPart = v.pipe(v.string(), v.regex(/^[1-9]\d{0,4}$/), v.transform(Number));

export { AGENCY_CODE };

/** `POST /api/v1/imports` query: the agency (operators may leave it out) and whether to write. */
export const ImportQuery = v.object({
  agency: v.optional(
    v.pipe(
      v.string(),
      v.toUpperCase(),
      v.regex(AGENCY_CODE, vmsg('catalogue.malformedAgencyCode')),
      v.description('The agency the file is for; an operator’s own agency when left out.'),
    ),
  ),
  dryRun: v.pipe(
    v.optional(
      v.pipe(
        v.picklist(['true', 'false'], vmsg('transfer.trueOrFalse')),
        v.description(
          '`true` (default): check and report, write nothing; `false`: apply the whole file or nothing.',
        ),
      ),
      'true',
    ),
    v.transform((s) => s === 'true'),
  ),
  name: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(200),
      v.description(
        'The file name, whose extension says the format (`.csv`, `.json`, `.ndjson`, `.yaml`); otherwise the Content-Type does. An XLSX workbook (`.xlsx`) is known by its content.',
      ),
    ),
  ),
});
export type ImportQuery = v.InferOutput<typeof ImportQuery>;

const RowIssue = v.strictObject({ field: v.string(), message: v.string() });

/** The report of an import, dry run or applied. */
export const ImportReportSchema = named(
  'ImportReport',
  v.strictObject({
    format: v.picklist(['csv', 'xlsx', 'json', 'ndjson', 'catalog-info', 'publiccode']),
    agency: v.strictObject({ code: v.string(), name: v.string() }),
    dryRun: v.boolean(),
    applied: v.pipe(v.boolean(), v.description('True when the file was written (all of it).')),
    counts: v.strictObject({
      create: intMin(0),
      update: intMin(0),
      unchanged: intMin(0),
      error: intMin(0),
      skipped: intMin(0),
    }),
    rows: v.array(
      v.strictObject({
        line: v.pipe(intMin(1), v.description('Line (CSV, NDJSON, YAML) or item number (JSON array).')),
        name: v.string(),
        action: v.picklist(['create', 'update', 'unchanged', 'error', 'skipped']),
        id: v.optional(v.pipe(int, v.description('The matched application, or the one created.'))),
        issues: v.array(RowIssue),
        changes: v.optional(v.array(v.string())),
        overlap: v.optional(
          v.nullable(
            v.strictObject({
              id: int,
              name: v.string(),
              agency: v.strictObject({ code: v.string(), name: v.string() }),
              score: v.number(),
            }),
          ),
        ),
        note: v.optional(v.string()),
      }),
    ),
  }),
);
export type ImportReportJson = v.InferOutput<typeof ImportReportSchema>;
