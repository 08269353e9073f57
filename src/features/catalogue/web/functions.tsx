import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../../kernel/env';
import { runListing } from '../../../kernel/http/listing';
import { isFragmentRequest, queryRecord, viewCtx } from '../../../kernel/http/render';
import { parseOrThrow, queryInt, vmsg } from '../../../kernel/schemas';
import { FUNCTION_CODE, FunctionListQuery } from '../schemas';
import * as catalogue from '../service';
import { FunctionListPage, FunctionPage, FunctionResults } from '../views/functions';

const PageQuery = v.object({ page: queryInt(1, 10_000, 1) });
const FunctionCodeParam = v.pipe(
  v.string(),
  v.toUpperCase(),
  v.regex(FUNCTION_CODE, vmsg('catalogue.malformedFunctionCode')),
);

/** `/fungsi`: the function catalogue, and each function with the applications performing it. */
export function functionsRouter() {
  const r = new Hono<AppEnv>();
  r.get('/', async (c) => {
    const db = c.get('db');
    // The curated catalogue (a few hundred functions) reads best whole, grouped by parent code.
    const listing = await runListing(c, FunctionListQuery, (q) =>
      catalogue.listFunctions(db, {
        ...q,
        pageSize: c.req.query('pageSize') ? q.pageSize : 500,
      }),
    );
    const view = { ctx: viewCtx(c), ...listing };
    c.header('Vary', 'HX-Request');
    if (isFragmentRequest(c)) return c.html(<FunctionResults {...view} />, listing.status);
    const parents = (
      await Promise.all([catalogue.referenceDomain(db, 'RAB'), catalogue.referenceDomain(db, 'RAL')])
    ).flat();
    return c.html(<FunctionListPage {...view} parents={parents} />, listing.status);
  });
  r.get('/:code', async (c) => {
    const code = parseOrThrow(FunctionCodeParam, c.req.param('code'), 'code');
    const { page } = parseOrThrow(PageQuery, queryRecord(c));
    const db = c.get('db');
    const detail = await catalogue.functionDetail(db, catalogue.PUBLIC_VIEWER, code, page);
    return c.html(<FunctionPage ctx={viewCtx(c)} detail={detail} shared={detail.shared} />);
  });
  return r;
}
