import { Hono } from 'hono';
import type { AppEnv } from '../../../kernel/env';
import { viewCtx } from '../../../kernel/http/render';
import * as catalogue from '../service';
import { HomePage } from '../views/home';
import { SharedPage } from '../views/shared';

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
