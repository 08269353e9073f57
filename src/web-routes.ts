import { Hono } from 'hono';
import { accountRouter } from './features/accounts/web/account';
import { authRouter } from './features/accounts/web/auth';
import { adminRouter } from './features/admin/web';
import { agenciesRouter } from './features/catalogue/web/agencies';
import { apiCatalogueRouter } from './features/catalogue/web/api-catalogue';
import { applicationsRouter } from './features/catalogue/web/applications';
import { dataRouter } from './features/catalogue/web/data';
import { functionsRouter } from './features/catalogue/web/functions';
import { homeRouter } from './features/catalogue/web/home';
import { referenceRouter } from './features/catalogue/web/reference';
import { checkRouter } from './features/overlap/web';
import { proposalsRouter } from './features/procurement/web/proposals';
import { reviewRouter } from './features/procurement/web/review';
import { rationalisationRouter } from './features/rationalisation/web';
import { apisRouter } from './features/registry/web/apis';
import { registryRouter } from './features/registry/web/applications';
import { searchRouter } from './features/search/web';
import { descriptorsRouter, importRouter } from './features/transfer/web';
import type { AppEnv } from './kernel/env';

/** Server-rendered pages, mounted at `/`. Every page works without JavaScript. */
export function webRouter() {
  const web = new Hono<AppEnv>();
  web.route('/', homeRouter());
  web.route('/', descriptorsRouter());
  web.route('/', importRouter());
  web.route('/', authRouter());
  // Before the catalogue's `/aplikasi/:id`, so `/aplikasi/baru` is not read as an id.
  web.route('/', registryRouter());
  web.route('/', apiCatalogueRouter());
  web.route('/', apisRouter());
  web.route('/', proposalsRouter());
  web.route('/', reviewRouter());
  web.route('/', accountRouter());
  // Before `/fungsi/:code` of the catalogue, so `/fungsi/usul` is the proposal form.
  web.route('/', adminRouter());
  web.route('/', applicationsRouter());
  web.route('/', searchRouter());
  web.route('/periksa', checkRouter());
  web.route('/instansi', agenciesRouter());
  web.route('/fungsi', functionsRouter());
  web.route('/data', dataRouter());
  web.route('/referensi', referenceRouter());
  web.route('/rasionalisasi', rationalisationRouter());
  return web;
}
