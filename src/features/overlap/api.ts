import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../../kernel/env';
import { TooLarge } from '../../kernel/errors';
import { bodyLimit } from '../../kernel/http/body-limit';
import { errorResponse, queryRoute } from '../../kernel/http/errors';
import { countedOverlapCheck } from '../../kernel/http/observe';
import { describe, input, problemResponse } from '../../kernel/http/openapi';
import { msg } from '../../kernel/i18n';
import { viewerOf } from '../../kernel/policy';
import { ApplicationIdParams } from '../catalogue/schemas';
import { OverlapInput, OverlapReport } from './schemas';
import { overlapOfApplication } from './service';

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
    describe({
      operationId: 'checkOverlap',
      tags: ['overlap'],
      summary: 'Check a proposed application for overlap with every published application',
      description:
        'Infers catalogue functions from the name and description (a curated vocabulary), scores candidates by rarity-weighted shared functions, data entities mastered or produced, and Indonesian-aware text similarity, and answers in the order a reviewer asks: the share of the proposal national services already perform, the national services that overlap (best first), the local look-alikes grouped, every match with its evidence, and the inferred functions. Unknown codes are reported, never dropped. Writes nothing.',
      access: 'public',
      responses: {
        200: { description: 'The overlap report', schema: OverlapReport },
        400: problemResponse('Invalid proposal; `errors` names each bad field (`name`, `functions.2`, …).'),
        413: problemResponse(`Request body larger than ${OVERLAP_BODY_LIMIT / 1024} KiB.`),
      },
    }),
    bodyLimit({
      maxSize: OVERLAP_BODY_LIMIT,
      onError: (c) =>
        errorResponse(
          c,
          new TooLarge(msg('error.bodyTooLarge', { max: `${OVERLAP_BODY_LIMIT / 1024} KiB` })),
        ),
    }),
    // A check computes an answer and writes nothing: unknown codes answer 400 like a bad filter.
    queryRoute(),
    input('json', OverlapInput),
    // The report as JSON text, as the checker made it (the thread's answer is sent as it came).
    async (c) =>
      c.body(
        await countedOverlapCheck(c, 'api', () =>
          c.get('overlapChecker').json(c.get('db'), c.req.valid('json')),
        ),
        200,
        { 'Content-Type': 'application/json' },
      ),
  );

  api.get(
    '/applications/:id/overlap',
    describe({
      operationId: 'getApplicationOverlap',
      tags: ['overlap'],
      summary: 'What does this application duplicate? The same check for a catalogued application',
      description:
        'Runs the overlap check with the application’s own functions, the data it masters or produces, its name and description, leaving the application itself out. Published applications are open to all; a token also reaches its agency’s drafts.',
      access: 'optional',
      responses: {
        200: { description: 'The overlap report', schema: OverlapReport },
        400: problemResponse('Malformed id.'),
        404: problemResponse('Not found, or not visible to the caller.'),
      },
    }),
    input('param', ApplicationIdParams),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(
        (await countedOverlapCheck(c, 'api', () =>
          overlapOfApplication(c.get('db'), viewerOf(c.get('user')), id),
        )) satisfies OverlapReport,
      );
    },
  );
  return api;
}
