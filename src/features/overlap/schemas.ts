import * as v from 'valibot';
import { CATEGORIES, SCOPES } from '../../../db/schema/applications';
import { fraction, int, named } from '../../kernel/http/openapi';
import { vmsg } from '../../kernel/schemas';

/** A function code (`RAB.09.06.01`) or a whole level-2 RAB/RAL code (`RAB.09.06`). */
const FunctionOrParent = v.pipe(
  v.string(vmsg('overlap.err.codeNotText')),
  v.trim(),
  v.toUpperCase(),
  v.regex(/^RA[BL]\.\d{2}\.\d{2}(\.\d{2})?$/, vmsg('overlap.err.functionOrParent')),
);
const DataEntityCode = v.pipe(
  v.string(vmsg('overlap.err.codeNotText')),
  v.trim(),
  v.toUpperCase(),
  v.regex(/^RAD\.\d{2}\.\d{2}\.\d{2}$/, vmsg('overlap.err.dataEntityCode')),
);

/** `POST /api/v1/overlap` and the proposal form: what is being proposed. */
export const OverlapInput = v.object({
  name: v.pipe(
    v.string(vmsg('overlap.err.nameRequired')),
    v.trim(),
    v.minLength(3, vmsg('overlap.err.nameMin', { min: 3 })),
    v.maxLength(200, vmsg('overlap.err.nameMax', { max: 200 })),
  ),
  description: v.optional(
    v.pipe(
      v.string(vmsg('overlap.err.descriptionNotText')),
      v.trim(),
      v.maxLength(5000, vmsg('overlap.err.descriptionMax', { max: 5000 })),
    ),
    '',
  ),
  functions: v.optional(
    v.pipe(
      v.array(FunctionOrParent, vmsg('overlap.err.codeList')),
      v.maxLength(50, vmsg('overlap.err.maxFunctions', { max: 50 })),
    ),
    [],
  ),
  dataEntities: v.optional(
    v.pipe(
      v.array(DataEntityCode, vmsg('overlap.err.codeList')),
      v.maxLength(50, vmsg('overlap.err.maxDataEntities', { max: 50 })),
    ),
    [],
  ),
});
export type OverlapInput = v.InferOutput<typeof OverlapInput>;

// --- The overlap report, as the API answers it (and as the OpenAPI document describes it) ---

const OverlapApplication = named(
  'OverlapApplication',
  v.strictObject({
    id: int,
    name: v.string(),
    acronym: v.nullable(v.string()),
    agency: v.strictObject({ code: v.string(), name: v.string() }),
    category: v.picklist(CATEGORIES),
    scope: v.picklist(SCOPES),
  }),
);

const OverlapEvidence = named(
  'OverlapEvidence',
  v.pipe(
    v.strictObject({
      functionScore: v.nullable(fraction),
      dataScore: v.nullable(fraction),
      textScore: fraction,
      functions: v.array(
        v.strictObject({
          code: v.string(),
          title: v.string(),
          match: v.picklist(['exact', 'parent']),
          inferred: v.pipe(v.boolean(), v.description('Inferred from the text rather than picked.')),
        }),
      ),
      dataEntities: v.array(
        v.strictObject({ code: v.string(), name: v.string(), role: v.picklist(['master', 'producer']) }),
      ),
      terms: v.array(v.pipe(v.string(), v.description('A word as the proposal wrote it (never a stem).'))),
    }),
    v.description('What the application shares with the proposal.'),
  ),
);

const OverlapMatch = named(
  'OverlapMatch',
  v.strictObject({
    application: OverlapApplication,
    score: fraction,
    flagged: v.pipe(v.boolean(), v.description('At or above the flag threshold.')),
    evidence: OverlapEvidence,
  }),
);

const OverlapShared = named(
  'OverlapShared',
  v.pipe(
    v.strictObject({
      application: OverlapApplication,
      score: fraction,
      flagged: v.boolean(),
      coveredFunctions: v.array(v.strictObject({ code: v.string(), title: v.string() })),
      evidence: OverlapEvidence,
    }),
    v.description(
      "A national service that overlaps; `coveredFunctions` are the proposal's functions it really performs.",
    ),
  ),
);

const OverlapCluster = named(
  'OverlapCluster',
  v.pipe(
    v.strictObject({
      label: v.string(),
      size: v.pipe(int, v.minValue(1)),
      agencies: v.pipe(int, v.minValue(1), v.description('How many agencies own the applications.')),
      score: fraction,
      flagged: v.boolean(),
      example: v.strictObject({
        id: int,
        name: v.string(),
        agency: v.strictObject({ code: v.string(), name: v.string() }),
      }),
      applicationIds: v.array(int),
    }),
    v.description('Local look-alikes grouped by the same name without the place, or the same functions.'),
  ),
);

/** `POST /api/v1/overlap` and `GET /api/v1/applications/{id}/overlap` answer this, in this order. */
export const OverlapReport = named(
  'OverlapReport',
  v.strictObject({
    sharedCoverage: v.pipe(
      fraction,
      v.description(
        "Weighted share of the proposal's functions (picked and inferred) that national services really perform.",
      ),
    ),
    shared: v.array(OverlapShared),
    clusters: v.array(OverlapCluster),
    matches: v.array(OverlapMatch),
    inferredFunctions: v.array(
      v.strictObject({
        code: v.string(),
        title: v.string(),
        confidence: fraction,
        words: v.array(v.pipe(v.string(), v.description('The words of the proposal that triggered it.'))),
      }),
    ),
  }),
);
export type OverlapReport = v.InferOutput<typeof OverlapReport>;
