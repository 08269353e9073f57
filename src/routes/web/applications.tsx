import { Hono } from 'hono';
import { ApplicationPage } from '../../../views/pages/application';
import { ApplicationListPage, ApplicationResults } from '../../../views/pages/applications';
import type { AppEnv } from '../../env';
import { ApplicationListQuery, IdParam } from '../../schemas/catalogue';
import { parseOrThrow } from '../../schemas/common';
import { canEdit } from '../../services/access';
import * as catalogue from '../../services/catalogue';
import { runListing } from './listing';
import { isFragmentRequest, viewCtx } from './render';

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
    return c.html(
      <ApplicationPage ctx={viewCtx(c)} detail={detail} canEdit={canEdit(user, detail.application)} />,
    );
  });

  return r;
}
