import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../../kernel/env';
import { runListing } from '../../../kernel/http/listing';
import { isFragmentRequest, viewCtx } from '../../../kernel/http/render';
import { parseOrThrow, vmsg } from '../../../kernel/schemas';
import { DATA_ENTITY_CODE, DataEntityListQuery } from '../schemas';
import * as catalogue from '../service';
import { DataEntityPage, DataListPage, DataResults } from '../views/data';

const DataCodeParam = v.pipe(
  v.string(),
  v.toUpperCase(),
  v.regex(DATA_ENTITY_CODE, vmsg('catalogue.malformedCode')),
);

/** `/data`: the data entity catalogue, and for each entity who serves it. */
export function dataRouter() {
  const r = new Hono<AppEnv>();
  r.get('/', async (c) => {
    const db = c.get('db');
    const listing = await runListing(c, DataEntityListQuery, (q) =>
      catalogue.listDataEntities(db, catalogue.PUBLIC_VIEWER, {
        ...q,
        pageSize: c.req.query('pageSize') ? q.pageSize : 100,
      }),
    );
    const view = { ctx: viewCtx(c), ...listing };
    c.header('Vary', 'HX-Request');
    if (isFragmentRequest(c)) return c.html(<DataResults {...view} />, listing.status);
    const parents = await catalogue.referenceDomain(db, 'RAD');
    return c.html(<DataListPage {...view} parents={parents} />, listing.status);
  });
  r.get('/:code', async (c) => {
    const code = parseOrThrow(DataCodeParam, c.req.param('code'), 'code');
    const detail = await catalogue.dataEntityDetail(c.get('db'), catalogue.PUBLIC_VIEWER, code);
    return c.html(<DataEntityPage ctx={viewCtx(c)} detail={detail} />);
  });
  return r;
}
