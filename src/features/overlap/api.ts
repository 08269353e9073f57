import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { AppEnv } from '../../kernel/env';
import { Invalid } from '../../kernel/errors';
import { problem } from '../../kernel/http/problem';
import { parseOrThrow } from '../../kernel/schemas';
import { IdParam } from '../catalogue/schemas';
import * as catalogue from '../catalogue/service';
import { OverlapInput } from './schemas';
import { checkOverlap, overlapOfApplication } from './service';

/** Largest accepted request body: a proposal is a name, a description and two lists of codes. */
export const OVERLAP_BODY_LIMIT = 64 * 1024;

/** `POST /api/v1/overlap` (a proposal) and `GET /api/v1/applications/{id}/overlap` (an existing one). */
export function overlapApi() {
  const api = new Hono<AppEnv>();
  api.use(
    '/overlap',
    cors({ origin: '*', allowMethods: ['POST', 'OPTIONS'], allowHeaders: ['Content-Type'] }),
  );

  api.post(
    '/overlap',
    bodyLimit({
      maxSize: OVERLAP_BODY_LIMIT,
      onError: (c) =>
        problem(c, 413, {
          type: 'payload-too-large',
          title: `Isi permintaan melebihi ${OVERLAP_BODY_LIMIT / 1024} KiB / Request body too large`,
        }),
    }),
    async (c) => {
      const body = await c.req.json().catch(() => {
        throw new Invalid('Invalid body', [
          { field: 'body', message: 'isi harus JSON yang sah / body must be valid JSON' },
        ]);
      });
      const input = parseOrThrow(OverlapInput, body, 'body');
      return c.json(await checkOverlap(c.get('db'), input));
    },
  );

  api.get('/applications/:id/overlap', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    return c.json(await overlapOfApplication(c.get('db'), catalogue.viewerOf(c.get('user')), id));
  });
  return api;
}
