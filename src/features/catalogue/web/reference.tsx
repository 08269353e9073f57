import { Hono } from 'hono';
import { REFERENCE_DOMAINS } from '../../../../db/schema/reference';
import type { AppEnv } from '../../../kernel/env';
import { viewCtx } from '../../../kernel/http/render';
import { parseOrThrow } from '../../../kernel/schemas';
import { ReferenceDomainParam } from '../schemas';
import * as catalogue from '../service';
import { ReferenceDomainPage, ReferenceIndexPage } from '../views/reference';

/** `/referensi`: the six reference-architecture domains, each as a tree of codes. */
export function referenceRouter() {
  const r = new Hono<AppEnv>();
  r.get('/', async (c) => {
    const db = c.get('db');
    const lists = await Promise.all(REFERENCE_DOMAINS.map((d) => catalogue.referenceDomain(db, d)));
    const counts = Object.fromEntries(REFERENCE_DOMAINS.map((d, i) => [d, lists[i]!.length]));
    return c.html(<ReferenceIndexPage ctx={viewCtx(c)} counts={counts} />);
  });
  r.get('/:domain', async (c) => {
    const domain = parseOrThrow(ReferenceDomainParam, c.req.param('domain'), 'domain');
    const codes = await catalogue.referenceDomain(c.get('db'), domain);
    return c.html(<ReferenceDomainPage ctx={viewCtx(c)} domain={domain} codes={codes} />);
  });
  return r;
}
