import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../../kernel/env';
import { openData, openDataHeaders } from '../../kernel/http/open-data';
import { describe, input, problemResponse } from '../../kernel/http/openapi';
import * as review from './review-service';
import {
  ClearanceNumberParams,
  ClearanceVerification,
  type DecisionItem,
  DecisionLogQuery,
  DecisionPage,
} from './schemas';

/** `GET /api/v1/decisions` (the public decision log) and `GET /api/v1/clearances/{number}`. */
export function reviewApi() {
  const api = new Hono<AppEnv>();
  api.use('/decisions', openData());
  // Verification is open to any origin but never cached: a revocation must show at once.
  api.use('/clearances/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] }));

  api.get(
    '/decisions',
    describe({
      operationId: 'listDecisions',
      tags: ['review'],
      summary: 'The public decision log: KemenPANRB decisions on published proposals, newest first',
      description:
        'Each decision names the proposal, the application and agency, the reasons and conditions, the alternatives the reviewer suggested and the clearance it issued, if any.',
      access: 'public',
      responses: {
        200: { description: 'A page of decisions', schema: DecisionPage, headers: openDataHeaders },
        400: problemResponse('Invalid filter; `errors` names each bad query parameter.'),
      },
    }),
    input('query', DecisionLogQuery),
    async (c) => {
      const log = await review.decisionLog(c.get('db'), c.req.valid('query'));
      return c.json({
        items: log.items.map(
          (d): DecisionItem => ({
            proposal: {
              id: d.proposalId,
              round: d.round,
              kind: d.kind,
              fiscalYear: d.fiscalYear,
              requestedBudget: d.requestedBudget,
            },
            application: { id: d.applicationId, name: d.name, acronym: d.acronym },
            agency: { code: d.agencyCode, name: d.agencyName },
            decision: d.decision,
            reasonCodes: d.reasonCodes,
            conditions: d.conditions,
            comment: d.comment,
            suggestedAlternatives: d.suggested,
            decidedAt: new Date(d.decidedAt).toISOString(),
            clearanceNumber: d.clearanceNumber,
          }),
        ),
        total: log.total,
        page: log.page,
        pageSize: log.pageSize,
      });
    },
  );

  api.get(
    '/clearances/:number',
    describe({
      operationId: 'verifyClearance',
      tags: ['review'],
      summary: 'Verify a clearance (rekomendasi): genuine, and not revoked?',
      description:
        '`valid` is true only when the content matches its keyed hash and the clearance was not revoked. An unknown number answers 404. Never cached.',
      access: 'public',
      responses: {
        200: { description: 'The verification', schema: ClearanceVerification },
        404: problemResponse('No clearance has this number.'),
      },
    }),
    input('param', ClearanceNumberParams),
    async (c) => {
      const { number } = c.req.valid('param');
      const v = await review.verifyClearance(c.get('db'), number, c.get('config').CLEARANCE_KEY);
      c.header('Cache-Control', 'no-store');
      const body: ClearanceVerification = {
        number: v.number,
        valid: v.valid,
        revoked: v.revoked,
        application: v.application,
        agency: v.agency,
        fiscalYear: v.fiscalYear,
        budgetCeiling: v.budgetCeiling,
        issuedAt: v.issuedAt,
      };
      return c.json(body);
    },
  );

  return api;
}
