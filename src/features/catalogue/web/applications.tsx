import { Hono } from 'hono';
import type { AppEnv } from '../../../kernel/env';
import { runListing } from '../../../kernel/http/listing';
import { isFragmentRequest, viewCtx } from '../../../kernel/http/render';
import { parseOrThrow } from '../../../kernel/schemas';
import { ApplicationListQuery, IdParam } from '../schemas';
import * as catalogue from '../service';
import { ApplicationPage } from '../views/application';
import { ApplicationListPage, ApplicationResults } from '../views/applications';

/** `/aplikasi`: the browsable list with filters in the URL, and each application's page. */
export function applicationsRouter() {
  const r = new Hono<AppEnv>();

  r.get('/aplikasi', async (c) => {
    const db = c.get('db');
    const listing = await runListing(c, ApplicationListQuery, (q) =>
      catalogue.listApplications(db, catalogue.PUBLIC_VIEWER, q),
    );
    const view = { ctx: viewCtx(c), ...listing, ...(await catalogue.filterOptions(db)) };
    c.header('Vary', 'HX-Request');
    if (isFragmentRequest(c)) return c.html(<ApplicationResults {...view} />, listing.status);
    return c.html(<ApplicationListPage {...view} />, listing.status);
  });

  r.get('/aplikasi/:id', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const user = c.get('user');
    const detail = await catalogue.applicationDetail(c.get('db'), catalogue.viewerOf(user), id);
    return c.html(<ApplicationPage ctx={viewCtx(c)} detail={detail} />);
  });

  return r;
}
