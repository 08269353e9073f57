import { Hono } from 'hono';
import type { AppEnv } from '../../../kernel/env';
import { runListing } from '../../../kernel/http/listing';
import { isFragmentRequest, viewCtx } from '../../../kernel/http/render';
import * as catalogue from '../service';
import { ApiCataloguePage, ApiCatalogueResults } from '../views/api-catalogue';

/** `/katalog-api`: the API catalogue with filters (the pages of single APIs are the registry's). */
export function apiCatalogueRouter() {
  const r = new Hono<AppEnv>();
  r.get('/katalog-api', async (c) => {
    const db = c.get('db');
    const listing = await runListing(c, catalogue.ApiCatalogueQuery, (q) => catalogue.apiCatalogue(db, q));
    const view = { ctx: viewCtx(c), ...listing };
    c.header('Vary', 'HX-Request');
    if (isFragmentRequest(c)) return c.html(<ApiCatalogueResults {...view} />, listing.status);
    return c.html(<ApiCataloguePage {...view} />, listing.status);
  });
  return r;
}
