import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../../kernel/env';
import { queryRecord } from '../../kernel/http/render';
import { parseOrThrow } from '../../kernel/schemas';
import { openData } from '../catalogue/api';
import * as review from './review-service';
import { DecisionLogQuery } from './schemas';

/** `GET /api/v1/decisions` (the public decision log) and `GET /api/v1/clearances/{number}`. */
export function reviewApi() {
  const api = new Hono<AppEnv>();
  api.use('/decisions', openData());
  // Verification is open to any origin but never cached: a revocation must show at once.
  api.use('/clearances/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] }));

  api.get('/decisions', async (c) => {
    const q = parseOrThrow(DecisionLogQuery, queryRecord(c));
    const log = await review.decisionLog(c.get('db'), { ...q, page: q.page, pageSize: q.pageSize });
    return c.json({
      items: log.items.map((d) => ({
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
      })),
      total: log.total,
      page: log.page,
      pageSize: log.pageSize,
    });
  });

  api.get('/clearances/:number', async (c) => {
    const v = await review.verifyClearance(c.get('db'), c.req.param('number'), c.get('config').CLEARANCE_KEY);
    c.header('Cache-Control', 'no-store');
    return c.json({
      number: v.number,
      valid: v.valid,
      revoked: v.revoked,
      application: v.application,
      agency: v.agency,
      fiscalYear: v.fiscalYear,
      budgetCeiling: v.budgetCeiling,
      issuedAt: v.issuedAt,
    });
  });

  return api;
}
