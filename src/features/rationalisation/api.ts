import { Hono } from 'hono';
import type { AppEnv } from '../../kernel/env';
import { openData, openDataHeaders } from '../../kernel/http/open-data';
import { describe, input, problemResponse } from '../../kernel/http/openapi';
import { RationalisationQuery, RationalisationResponse } from './schemas';
import * as service from './service';

const ratio = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : 0);

/** The service's picture as the API answers it. */
function toResponse(p: service.NationalPicture): RationalisationResponse {
  const s = p.run?.summary;
  const area = <T extends { applications: number; withFunctions: number; covered: number }>(r: T) => ({
    ...r,
    coveredShare: ratio(r.covered, r.withFunctions),
  });
  return {
    computedAt: p.run ? p.run.computedAt.toISOString() : null,
    sharedCoverage: {
      share: s ? Math.round(s.sharedCoverage.share * 1000) / 1000 : 0,
      instances: s?.sharedCoverage.instances ?? 0,
      covered: s?.sharedCoverage.covered ?? 0,
      claim: service.SHARING_CLAIM,
    },
    clusters: p.clusters.items.map((c) => ({
      id: c.id,
      rank: c.rank,
      label: c.label,
      size: c.size,
      agencies: c.agencies,
      provinces: c.provinces,
      sector: c.sector,
      yearlyCost: c.yearlyCost,
      national: c.national,
      evidence: {
        reasons: c.evidence.reasons,
        meanScore: c.evidence.meanScore,
        commonFunctions: c.evidence.commonFunctions.map((f) => ({
          code: f.code,
          title: f.title,
          members: f.members,
        })),
        coveredFunctions: c.evidence.coveredFunctions,
      },
      applicationIds: c.applicationIds,
      links: { html: `/rasionalisasi/klaster/${c.id}` },
    })),
    clustersTotal: p.clusters.total,
    functions: (s?.functions ?? []).slice(0, service.SHOWN.functions).map((f) => ({
      code: f.code,
      title: f.title,
      localApplications: f.localApplications,
      nationals: f.nationals,
    })),
    savings: {
      coveredMin: s?.method.coveredMin ?? 0,
      agencyApplications: s?.savings.agencyApplications ?? 0,
      coveredApplications: s?.savings.coveredApplications ?? 0,
      coveredReportingCost: s?.savings.coveredReportingCost ?? 0,
      reportedYearlyCost: s?.savings.reportedYearlyCost ?? 0,
      medianYearlyCost: s?.savings.medianYearlyCost ?? 0,
      estimatedYearlyCost: s?.savings.estimatedYearlyCost ?? 0,
      reportingShare: s ? Math.round(s.savings.reportingShare * 1000) / 1000 : 0,
    },
    agencies: (s?.agencies ?? []).map(area),
    provinces: (s?.provinces ?? []).map(area),
  };
}

/**
 * `GET /api/v1/stats/rationalisation`: the national picture the `/rasionalisasi` page shows, from
 * the same service with the same query schema.
 */
export function rationalisationApi() {
  const api = new Hono<AppEnv>();
  api.use('/stats/rationalisation', openData());
  api.get(
    '/stats/rationalisation',
    describe({
      operationId: 'getRationalisation',
      tags: ['stats'],
      summary: 'The national picture: duplicate clusters, shared coverage, savings',
      description:
        'Precomputed by the clustering job (`npm run katalog -- clusters`, a cron trigger on Workers, and after bulk imports); `computedAt` says when, null before its first run. Published agency applications are grouped into clusters of look-alikes (same name without place words, same acronym base, same set of functions, or high mutual overlap by the overlap check’s own score), each with the national service that performs its common functions. `sharedCoverage` is the share of registered function instances of agency applications whose function some national service performs, beside the 2017 "65%" claim (its source and certainty). `functions` are the functions most often rebuilt locally that a national service performs; `savings` the yearly costs of applications national services cover, with its assumptions; `agencies` and `provinces` the same per area. The filters narrow `clusters` only (the 20 largest matching).',
      access: 'public',
      responses: {
        200: {
          description: 'The national picture',
          schema: RationalisationResponse,
          headers: openDataHeaders,
        },
        400: problemResponse('Invalid filter; `errors` names each bad query parameter.'),
      },
    }),
    input('query', RationalisationQuery),
    async (c) => {
      const picture = await service.nationalPicture(c.get('db'), c.req.valid('query'));
      const body: RationalisationResponse = toResponse(picture);
      return c.json(body);
    },
  );
  return api;
}
