import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { accountRouter } from './account';
import { adminRouter } from './admin';
import { agenciesRouter } from './agencies';
import { apisRouter } from './apis';
import { applicationsRouter } from './applications';
import { authRouter } from './auth';
import { checkRouter } from './check';
import { dataRouter } from './data';
import { functionsRouter } from './functions';
import { homeRouter } from './home';
import { proposalsRouter } from './proposals';
import { referenceRouter } from './reference';
import { registryRouter } from './registry';
import { reviewRouter } from './review';
import { searchRouter } from './search';

/** Server-rendered pages, mounted at `/`. Every page works without JavaScript. */
export function webRouter() {
  const web = new Hono<AppEnv>();
  web.route('/', homeRouter());
  web.route('/', authRouter());
  // Before the catalogue's `/aplikasi/:id`, so `/aplikasi/baru` is not read as an id.
  web.route('/', registryRouter());
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
  return web;
}
