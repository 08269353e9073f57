import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { catalogueApi } from './catalogue';
import { openApiRouter } from './openapi';

/** The JSON API under `/api/v1`, described by `GET /api/v1/openapi.json`. */
export function apiRouter() {
  const api = new Hono<AppEnv>();
  api.route('/', openApiRouter());
  api.route('/', catalogueApi());
  return api;
}
