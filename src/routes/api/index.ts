import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { catalogueApi } from './catalogue';
import { openApiRouter } from './openapi';
import { overlapApi } from './overlap';
import { registryApi } from './registry';
import { reviewApi } from './review';
import { searchApi } from './search';

/** The JSON API under `/api/v1`, described by `GET /api/v1/openapi.json`. */
export function apiRouter() {
  const api = new Hono<AppEnv>();
  api.route('/', openApiRouter());
  // Before the catalogue: its CORS answers preflights for POST, the catalogue's only for reads.
  api.route('/', overlapApi());
  api.route('/', registryApi());
  api.route('/', reviewApi());
  api.route('/', searchApi());
  api.route('/', catalogueApi());
  return api;
}
