import { Hono } from 'hono';
import type { AppEnv } from '../../kernel/env';
import { queryRecord, viewCtx } from '../../kernel/http/render';
import { parseOrThrow } from '../../kernel/schemas';
import { ClusterIdParam, RationalisationQuery } from './schemas';
import * as service from './service';
import { ClusterPage, RationalisationPage } from './views/page';

/** `/rasionalisasi`: the national picture, each cluster's page, and every chart's numbers as CSV. */
export function rationalisationRouter() {
  const r = new Hono<AppEnv>();
  r.get('/', async (c) => {
    const query = parseOrThrow(RationalisationQuery, queryRecord(c));
    const data = await service.nationalPicture(c.get('db'), query);
    return c.html(<RationalisationPage ctx={viewCtx(c)} data={data} query={query} />);
  });
  for (const chart of service.CSV_CHARTS)
    r.get(`/${chart}.csv`, async (c) => {
      const query = parseOrThrow(RationalisationQuery, queryRecord(c));
      const text = await service.chartCsv(c.get('db'), chart, query);
      return c.body(text, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="rasionalisasi-${chart}.csv"`,
      });
    });
  r.get('/klaster/:id', async (c) => {
    const { id } = parseOrThrow(ClusterIdParam, { id: c.req.param('id') }, 'id');
    const data = await service.clusterDetail(c.get('db'), id);
    return c.html(<ClusterPage ctx={viewCtx(c)} data={data} />);
  });
  return r;
}
