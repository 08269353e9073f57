import * as v from 'valibot';
import { AGENCY_KINDS } from '../../../db/schema/agencies';
import { fraction, int, link, named, timestamp } from '../../kernel/http/openapi';
import { vmsg } from '../../kernel/schemas';

/** Filters of the largest clusters: RAB/RAL sector, agency kind, province (page and API alike). */
export const RationalisationQuery = v.object({
  sector: v.optional(
    v.pipe(
      v.string(),
      v.toUpperCase(),
      v.regex(/^RA[BL]\.\d{2}$/, vmsg('rat.badSector')),
      v.description(
        'Sector: a level-1 RAB or RAL code, e.g. `RAB.09` or `RAL.02`: clusters whose main function is under it.',
      ),
    ),
  ),
  kind: v.optional(
    v.pipe(
      v.picklist(AGENCY_KINDS, vmsg('rat.badKind', { options: AGENCY_KINDS.join(', ') })),
      v.description('Agency kind: clusters with a member of that kind.'),
    ),
  ),
  province: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{2}$/, vmsg('rat.badProvince')),
      v.description('Two-digit province code: clusters with a member in that province.'),
    ),
  ),
});
export type RationalisationQuery = v.InferOutput<typeof RationalisationQuery>;

/** `GET /rasionalisasi/klaster/{id}`. */
export const ClusterIdParam = v.object({
  id: v.pipe(v.string(), v.regex(/^\d{1,9}$/, vmsg('rat.badClusterId')), v.transform(Number)),
});

const area = {
  applications: int,
  withFunctions: v.pipe(int, v.description('Applications with at least one registered function.')),
  covered: v.pipe(int, v.description('Applications national services cover (see `savings.coveredMin`).')),
  coveredShare: v.pipe(
    fraction,
    v.description('The share of applications with functions that are covered (0 when none).'),
  ),
  clusters: v.pipe(int, v.description('Clusters of look-alikes its applications belong to.')),
  coveredYearlyCost: v.pipe(int, v.description('Yearly cost (rupiah) the covered applications report.')),
};

const NationalRef = v.object({ id: int, name: v.string(), acronym: v.nullable(v.string()) });

export const RationalisationCluster = named(
  'RationalisationCluster',
  v.object({
    id: int,
    rank: int,
    label: v.string(),
    size: v.pipe(int, v.description('Applications in the cluster.')),
    agencies: int,
    provinces: int,
    sector: v.nullable(
      v.pipe(v.string(), v.description('Sector (level-1 RAB or RAL code) of its most common function.')),
    ),
    yearlyCost: v.pipe(int, v.description('Sum of the yearly costs its applications report (rupiah).')),
    national: v.nullable(NationalRef),
    evidence: v.object({
      reasons: v.array(v.picklist(['name', 'acronym', 'functions', 'overlap'])),
      meanScore: v.pipe(
        fraction,
        v.description("Mean overlap score (the overlap check's) against the example."),
      ),
      commonFunctions: v.array(v.object({ code: v.string(), title: v.string(), members: int })),
      coveredFunctions: v.array(v.string()),
    }),
    applicationIds: v.array(int),
    links: v.object({ html: link }),
  }),
);

export const RationalisationResponse = named(
  'Rationalisation',
  v.object({
    computedAt: v.nullable(
      v.pipe(
        timestamp,
        v.description('When the clustering job computed this picture; null before its first run.'),
      ),
    ),
    sharedCoverage: v.object({
      share: v.pipe(fraction, v.description('The share of instances that are covered.')),
      instances: v.pipe(
        int,
        v.description('Registered function instances of published agency applications.'),
      ),
      covered: v.pipe(
        int,
        v.description('Of those, instances of a function some national service performs.'),
      ),
      claim: v.object({
        share: fraction,
        source: v.string(),
        certainty: v.string(),
      }),
    }),
    clusters: v.array(RationalisationCluster),
    clustersTotal: v.pipe(int, v.description('Clusters matching the filters (only the largest are listed).')),
    functions: v.array(
      v.object({
        code: v.string(),
        title: v.string(),
        localApplications: int,
        nationals: v.array(NationalRef),
      }),
    ),
    savings: v.object({
      coveredMin: v.pipe(
        fraction,
        v.description(
          'Share of its functions national services must perform for an application to count as covered.',
        ),
      ),
      agencyApplications: int,
      coveredApplications: int,
      coveredReportingCost: int,
      reportedYearlyCost: v.pipe(
        int,
        v.description('Yearly costs (rupiah) the covered applications report.'),
      ),
      medianYearlyCost: int,
      estimatedYearlyCost: v.pipe(
        int,
        v.description('reportedYearlyCost + medianYearlyCost × covered applications reporting no cost.'),
      ),
      reportingShare: v.pipe(
        fraction,
        v.description('Share of agency applications that report a yearly cost.'),
      ),
    }),
    agencies: v.array(
      v.object({
        code: v.string(),
        name: v.string(),
        kind: v.string(),
        provinceCode: v.nullable(v.string()),
        ...area,
      }),
    ),
    provinces: v.array(
      v.object({
        code: v.pipe(v.string(), v.description('Two-digit province code; empty for central agencies.')),
        name: v.string(),
        ...area,
      }),
    ),
  }),
);
export type RationalisationResponse = v.InferOutput<typeof RationalisationResponse>;
