import { Hono } from 'hono';
import { HomePage } from '../../../views/pages/home';
import { SharedPage } from '../../../views/pages/shared';
import type { AppEnv } from '../../env';
import * as catalogue from '../../services/catalogue';
import { viewCtx } from './render';

/** `/` (national figures) and `/aplikasi-umum` (shared and national sector applications). */
export function homeRouter() {
  const r = new Hono<AppEnv>();
  r.get('/', async (c) => {
    const data = await catalogue.homeFigures(c.get('db'), catalogue.PUBLIC_VIEWER);
    return c.html(<HomePage ctx={viewCtx(c)} data={data} />);
  });
  r.get('/aplikasi-umum', async (c) => {
    const { shared, sector } = await catalogue.nationalApplications(c.get('db'), catalogue.PUBLIC_VIEWER);
    return c.html(<SharedPage ctx={viewCtx(c)} shared={shared} sector={sector} />);
  });
  return r;
}
