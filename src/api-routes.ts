import { Hono } from 'hono';
import { catalogueApi } from './features/catalogue/api';
import { overlapApi } from './features/overlap/api';
import { reviewApi } from './features/procurement/api';
import { registryApi } from './features/registry/api';
import { searchApi } from './features/search/api';
import type { AppEnv } from './kernel/env';
import { openApiRouter } from './openapi';

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
