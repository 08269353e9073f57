import { Hono } from 'hono';
import * as v from 'valibot';
import { ApplicationPage } from '../../../views/pages/application';
import { ApplicationListPage, ApplicationResults } from '../../../views/pages/applications';
import type { AppEnv } from '../../env';
import { Invalid } from '../../errors';
import { ApplicationListQuery, IdParam } from '../../schemas/catalogue';
import { parseOrThrow, toFieldIssues } from '../../schemas/common';
import * as catalogue from '../../services/catalogue';
import { isFragmentRequest, queryRecord, viewCtx } from './render';

/** `/aplikasi`: the browsable list with filters in the URL, and each application's page. */
export function applicationsRouter() {
  const r = new Hono<AppEnv>();

  r.get('/aplikasi', async (c) => {
    const db = c.get('db');
    const values = queryRecord(c);
    const ctx = viewCtx(c);
    const parsed = v.safeParse(ApplicationListQuery, values);
    let result = null;
    let errors = parsed.success ? [] : toFieldIssues(parsed.issues);
    if (parsed.success) {
      try {
        result = await catalogue.listApplications(db, catalogue.PUBLIC_VIEWER, parsed.output);
      } catch (e) {
        if (!(e instanceof Invalid)) throw e;
        errors = e.fields;
      }
    }
    // A bad filter is answered with the same page, the problem named next to the filters, and 400.
    const status = errors.length ? 400 : 200;
    c.header('Vary', 'HX-Request');
    const view = { ctx, values, result, errors, ...(await catalogue.filterOptions(db)) };
    if (isFragmentRequest(c)) return c.html(<ApplicationResults {...view} />, status);
    return c.html(<ApplicationListPage {...view} />, status);
  });

  r.get('/aplikasi/:id', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const detail = await catalogue.applicationDetail(c.get('db'), catalogue.PUBLIC_VIEWER, id);
    return c.html(<ApplicationPage ctx={viewCtx(c)} detail={detail} />);
  });

  return r;
}
