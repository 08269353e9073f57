import type { Db } from '../../../db/client';
import { APP_STATUSES, PUBLIC_STATUSES } from '../../../db/schema/applications';
import { NotFound } from '../../kernel/errors';
import { msg } from '../../kernel/i18n';
import { canRead, type Viewer } from '../../kernel/policy';
import type { ApplicationListQuery } from '../catalogue/schemas';
import * as catalogue from '../catalogue/service';
import {
  AGENCY_COLUMNS,
  API_COLUMNS,
  APPLICATION_COLUMNS,
  type ApplicationRecord,
  agencyCsvRow,
  agencyRecord,
  apiCsvRow,
  apiRecord,
  applicationCsvRow,
  applicationRecords,
  BOM,
  catalogInfoYaml,
  csvLine,
  publiccodeYaml,
} from './formats';
import * as repo from './repo';

/**
 * The bulk exports of everything public: each is an async sequence of text chunks, one per page
 * of `PAGE` rows read by keyset (id > last), so memory stays flat however large the catalogue.
 * Filters are checked before the first chunk, so a bad filter is a 400, not a broken stream.
 */

/** Rows read per query; large enough that the per-query cost vanishes, small enough to stream. */
export const PAGE = 500;

export type ExportFormat = 'ndjson' | 'csv';
export type ExportQuery = Omit<ApplicationListQuery, 'page' | 'pageSize' | 'sort'>;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Published applications matching the list's filters, as records, page by page. */
export async function applicationRecordPages(
  db: Db,
  q: ExportQuery,
  viewer: Viewer = catalogue.PUBLIC_VIEWER,
): Promise<AsyncGenerator<ApplicationRecord[]>> {
  const { filter } = await catalogue.resolveApplicationFilter(db, viewer, q);
  return (async function* () {
    let after = 0;
    for (;;) {
      const apps = await repo.applicationsAfter(db, filter, after, PAGE);
      if (!apps.length) return;
      const links = await repo.linksOf(
        db,
        apps.map((a) => a.id),
        viewer.statuses,
      );
      yield applicationRecords(apps, links);
      after = apps[apps.length - 1]!.id;
      if (apps.length < PAGE) return;
      // The embedded database runs on this thread: let other requests in between pages.
      await nextTurn();
    }
  })();
}

/** The application export as text chunks: NDJSON (one record a line) or CSV with a BOM. */
export async function exportApplications(db: Db, format: ExportFormat, q: ExportQuery) {
  const pages = await applicationRecordPages(db, q);
  return (async function* () {
    if (format === 'csv') yield BOM + csvLine([...APPLICATION_COLUMNS]);
    for await (const records of pages) {
      yield format === 'csv'
        ? records.map(applicationCsvRow).join('')
        : records.map((r) => `${JSON.stringify(r)}\n`).join('');
    }
  })();
}

/** APIs of published applications (optionally of one agency), as NDJSON or CSV chunks. */
export async function exportApis(db: Db, format: ExportFormat, q: { agency?: string }) {
  const { filter } = await catalogue.resolveApplicationFilter(db, catalogue.PUBLIC_VIEWER, {
    agency: q.agency,
  });
  return (async function* () {
    if (format === 'csv') yield BOM + csvLine([...API_COLUMNS]);
    let after = 0;
    for (;;) {
      const page = await repo.apisAfter(db, PUBLIC_STATUSES, filter.agencyId, after, PAGE);
      if (!page.length) return;
      yield format === 'csv'
        ? page.map(apiCsvRow).join('')
        : page.map((p) => `${JSON.stringify(apiRecord(p))}\n`).join('');
      after = page[page.length - 1]!.id;
      if (page.length < PAGE) return;
      await nextTurn();
    }
  })();
}

/** Every agency with its count of published applications, as NDJSON or CSV chunks. */
export async function exportAgencies(db: Db, format: ExportFormat) {
  return (async function* () {
    if (format === 'csv') yield BOM + csvLine([...AGENCY_COLUMNS]);
    let after = 0;
    for (;;) {
      const page = await repo.agenciesAfter(db, PUBLIC_STATUSES, after, PAGE);
      if (!page.length) return;
      yield format === 'csv'
        ? page.map(agencyCsvRow).join('')
        : page.map((g) => `${JSON.stringify(agencyRecord(g))}\n`).join('');
      after = page[page.length - 1]!.id;
      if (page.length < PAGE) return;
      await nextTurn();
    }
  })();
}

/** One application as a record, if `viewer` may read it. */
export async function applicationRecord(db: Db, viewer: Viewer, id: number): Promise<ApplicationRecord> {
  const [app] = await repo.applicationsAfter(db, { statuses: APP_STATUSES }, id - 1, 1);
  if (!app || app.id !== id || !canRead(viewer, app)) {
    throw new NotFound(msg('catalogue.applicationNotFound', { id }));
  }
  const links = await repo.linksOf(db, [id], viewer.statuses);
  return applicationRecords([app], links)[0]!;
}

/** One application as publiccode.yml. */
export async function applicationPubliccode(db: Db, viewer: Viewer, id: number, siteUrl: string) {
  return publiccodeYaml(await applicationRecord(db, viewer, id), siteUrl);
}

/** One application as a Backstage catalog-info.yaml (System, Component and its APIs). */
export async function applicationCatalogInfo(db: Db, viewer: Viewer, id: number, siteUrl: string) {
  return catalogInfoYaml(await applicationRecord(db, viewer, id), siteUrl);
}

/** Text chunks as a byte stream that reads the next chunk only when the client takes the last. */
export function byteStream(chunks: AsyncIterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await chunks.return?.(undefined);
    },
  });
}
