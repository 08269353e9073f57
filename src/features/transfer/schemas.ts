import * as v from 'valibot';
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
