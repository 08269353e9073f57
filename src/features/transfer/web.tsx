import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../kernel/env';
import { NotFound } from '../../kernel/errors';
import { msg } from '../../kernel/i18n';
import { siteUrl } from './api';
import { robotsTxt, sitemap } from './descriptors-service';
import { byteStream } from './export-service';

/** `/sitemap.xml` (or its parts `/sitemap-N.xml`) and `/robots.txt`: for search engines. */
export function descriptorsRouter() {
  const r = new Hono<AppEnv>();
  const serve = async (c: Context<AppEnv>, part?: number) => {
    const chunks = await sitemap(c.get('db'), siteUrl(c), part);
    if (!chunks) throw new NotFound(msg('transfer.sitemapPartNotFound'));
    c.header('Content-Type', 'application/xml; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(byteStream(chunks));
  };
  r.get('/sitemap.xml', (c) => serve(c));
  r.get('/:file{sitemap-[1-9][0-9]{0,4}\\.xml}', (c) =>
    serve(c, Number(c.req.param('file').slice('sitemap-'.length, -'.xml'.length))),
  );
  r.get('/robots.txt', (c) =>
    c.body(robotsTxt(siteUrl(c)), 200, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  return r;
}
