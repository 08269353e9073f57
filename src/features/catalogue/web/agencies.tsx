import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../../kernel/env';
import { runListing } from '../../../kernel/http/listing';
import { isFragmentRequest, queryRecord, viewCtx } from '../../../kernel/http/render';
import { parseOrThrow, queryInt, vmsg } from '../../../kernel/schemas';
import { AGENCY_CODE, AgencyListQuery } from '../schemas';
import * as catalogue from '../service';
import { listProvinces } from '../service';
import { AgencyListPage, AgencyPage, AgencyResults } from '../views/agencies';

const AgencyPageQuery = v.object({ page: queryInt(1, 10_000, 1) });
const AgencyCodeParam = v.pipe(
  v.string(),
  v.toUpperCase(),
  v.regex(AGENCY_CODE, vmsg('catalogue.malformedAgencyCode')),
);

/** `/instansi`: agencies with filters, and each agency's page with its applications. */
export function agenciesRouter() {
  const r = new Hono<AppEnv>();
  r.get('/', async (c) => {
    const db = c.get('db');
    const listing = await runListing(c, AgencyListQuery, (q) =>
      catalogue.listAgencies(db, catalogue.PUBLIC_VIEWER, q),
    );
    const view = { ctx: viewCtx(c), ...listing, provinces: await listProvinces(db) };
    c.header('Vary', 'HX-Request');
    if (isFragmentRequest(c)) return c.html(<AgencyResults {...view} />, listing.status);
    return c.html(<AgencyListPage {...view} />, listing.status);
  });
  r.get('/:code', async (c) => {
    const code = parseOrThrow(AgencyCodeParam, c.req.param('code'), 'code');
    const { page } = parseOrThrow(AgencyPageQuery, queryRecord(c));
    const detail = await catalogue.agencyDetail(c.get('db'), catalogue.PUBLIC_VIEWER, code, page);
    return c.html(<AgencyPage ctx={viewCtx(c)} detail={detail} />);
  });
  return r;
}
