import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv } from '../../kernel/env';
import { runListing } from '../../kernel/http/listing';
import { isFragmentRequest, viewCtx } from '../../kernel/http/render';
import { SearchQuery } from './schemas';
import * as searchService from './service';
import { SearchPage, SearchResults } from './views/search';

/** Query keys that ask for something; with none of them the page shows its help instead. */
const ASKING = [
  'q',
  'type',
  'protocol',
  'access',
  'splp',
  'agency',
  'agencyKind',
  'dataEntity',
  'function',
  'status',
];

/** htmx swaps the results only; a history restore (back button) needs the whole page. */
const wantsFragment = (c: Context<AppEnv>) =>
  isFragmentRequest(c) && c.req.header('HX-History-Restore-Request') !== 'true';

/**
 * `/cari`: one search over applications, APIs, API operations, functions and data entities.
 * A plain GET form (works without JavaScript); with htmx the results refresh while typing.
 */
export function searchRouter() {
  const r = new Hono<AppEnv>();

  r.get('/cari', async (c) => {
    const db = c.get('db');
    const listing = await runListing(c, SearchQuery, (q) =>
      ASKING.some((k) => c.req.query(k)) ? searchService.search(db, q) : Promise.resolve(null),
    );
    const view = { ctx: viewCtx(c), ...listing };
    c.header('Vary', 'HX-Request, HX-History-Restore-Request');
    // htmx swaps 422 (app.js), so a refused filter shows up beside the results while typing.
    if (wantsFragment(c)) return c.html(<SearchResults {...view} />, listing.status === 400 ? 422 : 200);
    return c.html(<SearchPage {...view} />, listing.status);
  });

  return r;
}
