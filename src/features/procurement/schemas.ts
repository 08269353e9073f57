import * as v from 'valibot';
import { DECISIONS, PROPOSAL_KINDS } from '../../../db/schema/reviews';
import { parseRupiah } from '../../domain/rupiah';
import { int, intMin, named, pageOf, timestamp } from '../../kernel/http/openapi';
import { vmsg } from '../../kernel/schemas';
import { ApplicationFields } from '../registry/schemas';

const optionalUrl = v.optional(
  v.nullable(
    v.pipe(
      v.string(),
      v.trim(),
      v.transform((s) => (s === '' ? null : s)),
      v.nullable(
        v.pipe(v.string(), v.url(vmsg('proc.v.fullUrl')), v.regex(/^https?:\/\//i, vmsg('proc.v.httpUrl'))),
      ),
    ),
  ),
  null,
);

/** What an operator states about a proposal (usulan): the application plus the procurement facts. */
export const ProposalFields = v.object({
  name: ApplicationFields.entries.name,
  acronym: ApplicationFields.entries.acronym,
  description: ApplicationFields.entries.description,
  functions: ApplicationFields.entries.functions,
  dataEntities: ApplicationFields.entries.dataEntities,
  kind: v.picklist(PROPOSAL_KINDS, vmsg('proc.v.kind')),
  fiscalYear: v.pipe(
    v.number(vmsg('proc.v.fiscalYearRequired')),
    v.integer(vmsg('validation.wholeNumber')),
    v.minValue(2020, vmsg('validation.min', { min: 2020 })),
    v.maxValue(2100, vmsg('validation.max', { max: 2100 })),
  ),
  requestedBudget: v.pipe(
    v.number(vmsg('proc.v.budgetRequired')),
    v.integer(vmsg('proc.v.wholeRupiah')),
    v.minValue(0, vmsg('proc.v.notNegative')),
    v.maxValue(1_000_000_000_000_000, vmsg('proc.v.tooLarge')),
  ),
  justification: v.optional(
    v.pipe(v.string(), v.trim(), v.maxLength(10_000, vmsg('validation.maxChars', { max: 10000 }))),
    '',
  ),
  kakUrl: optionalUrl,
  costBenefitUrl: optionalUrl,
});
export type ProposalFields = v.InferOutput<typeof ProposalFields>;

export const UpdateProposalInput = v.object({
  ...ProposalFields.entries,
  version: v.pipe(
    v.number(vmsg('proc.v.versionRequired')),
    v.integer(vmsg('validation.wholeNumber')),
    v.minValue(1, vmsg('validation.min', { min: 1 })),
  ),
});
export type UpdateProposalInput = v.InferOutput<typeof UpdateProposalInput>;

/** Submitting: the version seen, and a reason for not reusing each flagged application (by id). */
export const SubmitInput = v.object({
  version: UpdateProposalInput.entries.version,
  justifications: v.optional(
    v.record(
      v.pipe(v.string(), v.regex(/^\d+$/, vmsg('proc.v.applicationId'))),
      v.pipe(v.string(), v.trim(), v.maxLength(5000, vmsg('validation.maxChars', { max: 5000 }))),
    ),
    {},
  ),
});

export const DecisionInput = v.object({
  decision: v.picklist(DECISIONS, vmsg('proc.v.decision')),
  reasonCodes: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.trim()), vmsg('proc.v.reasonList')), v.maxLength(20)),
    [],
  ),
  conditions: v.optional(
    v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(5000, vmsg('validation.maxChars', { max: 5000 })))),
    null,
  ),
  comment: v.optional(
    v.pipe(v.string(), v.trim(), v.maxLength(10_000, vmsg('validation.maxChars', { max: 10000 }))),
    '',
  ),
  suggestedApplications: v.optional(
    v.pipe(
      v.array(v.pipe(v.number(), v.integer(), v.minValue(1)), vmsg('proc.v.applicationList')),
      v.maxLength(20),
    ),
    [],
  ),
  budgetCeiling: v.optional(
    v.nullable(
      v.pipe(
        v.number(vmsg('proc.v.ceilingNumber')),
        v.integer(vmsg('validation.wholeNumber')),
        v.minValue(0, vmsg('proc.v.notNegative')),
      ),
    ),
    null,
  ),
  /** The round the reviewer looked at; a decision on an older round is refused. */
  round: v.pipe(v.number(vmsg('proc.v.roundRequired')), v.integer(), v.minValue(1)),
});
export type DecisionInput = v.InferOutput<typeof DecisionInput>;

export const RevokeInput = v.object({
  reason: v.pipe(
    v.string(vmsg('proc.v.reasonRequired')),
    v.trim(),
    v.minLength(5, vmsg('proc.v.reasonMin')),
    v.maxLength(2000, vmsg('validation.maxChars', { max: 2000 })),
  ),
  /** The "I understand" box: revoking cannot be undone. */
  confirm: v.literal('yes', vmsg('proc.e.confirmRequired')),
});

export const HolidayInput = v.object({
  date: v.pipe(
    v.string(vmsg('proc.v.dateRequired')),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, vmsg('proc.v.dateFormat')),
  ),
  name: v.pipe(
    v.string(vmsg('proc.v.nameRequired')),
    v.trim(),
    v.minLength(3, vmsg('proc.v.minChars3')),
    v.maxLength(200),
  ),
});

export const QueueQuery = v.object({
  agencyKind: v.optional(
    v.picklist(['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota'], vmsg('proc.v.agencyKind')),
  ),
  due: v.optional(v.picklist(['overdue', 'soon'], vmsg('proc.v.due'))),
  page: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,4}$/, vmsg('proc.v.page')), v.transform(Number), v.minValue(1)),
    '1',
  ),
});

export const DecisionLogQuery = v.object({
  decision: v.optional(
    v.pipe(v.picklist(DECISIONS, vmsg('proc.v.decision')), v.description('Only this decision.')),
  ),
  agency: v.optional(
    v.pipe(v.string(), v.trim(), v.toUpperCase(), v.maxLength(30), v.description('Proposing agency code.')),
  ),
  reason: v.optional(
    v.pipe(v.string(), v.trim(), v.maxLength(60), v.description('Only decisions giving this reason code.')),
  ),
  year: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{4}$/, vmsg('proc.v.year')),
      v.description('Fiscal year of the proposal.'),
      v.transform(Number),
    ),
  ),
  page: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,4}$/, vmsg('proc.v.page')),
      v.description('Page number, from 1.'),
      v.transform(Number),
      v.minValue(1),
    ),
    '1',
  ),
  pageSize: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,3}$/, vmsg('proc.v.pageSize')),
      v.description('Items per page, 1 to 100.'),
      v.transform(Number),
      v.minValue(1),
      v.maxValue(100),
    ),
    '20',
  ),
});

// --- The public decision log and clearance verification, as the API answers them ---

const appName = v.strictObject({ id: int, name: v.string(), acronym: v.nullable(v.string()) });

/** One published decision of the decision log. */
export const DecisionItem = named(
  'Decision',
  v.strictObject({
    proposal: v.strictObject({
      id: int,
      round: intMin(1),
      kind: v.picklist(PROPOSAL_KINDS),
      fiscalYear: int,
      requestedBudget: v.pipe(intMin(0), v.description('Rupiah.')),
    }),
    application: appName,
    agency: v.strictObject({ code: v.string(), name: v.string() }),
    decision: v.picklist(DECISIONS),
    reasonCodes: v.array(v.string()),
    conditions: v.nullable(v.string()),
    comment: v.string(),
    suggestedAlternatives: v.array(appName),
    decidedAt: timestamp,
    clearanceNumber: v.nullable(v.string()),
  }),
);
export type DecisionItem = v.InferOutput<typeof DecisionItem>;
export const DecisionPage = pageOf('Decision', DecisionItem);

/** `{number}` of a clearance: any text; an unknown or malformed number answers 404. */
export const ClearanceNumberParams = v.object({
  number: v.pipe(
    v.string(),
    v.description('Clearance number, e.g. `REK-2027-00001-AB12` (case-insensitive).'),
  ),
});

/** What verifying a clearance answers. */
export const ClearanceVerification = named(
  'Clearance',
  v.strictObject({
    number: v.string(),
    valid: v.pipe(
      v.boolean(),
      v.description('True only when the content matches its keyed hash and the clearance is not revoked.'),
    ),
    revoked: v.boolean(),
    application: v.strictObject({ id: int, name: v.string() }),
    agency: v.strictObject({ code: v.string(), name: v.string() }),
    fiscalYear: int,
    budgetCeiling: v.pipe(intMin(0), v.description('Rupiah.')),
    issuedAt: timestamp,
  }),
);
export type ClearanceVerification = v.InferOutput<typeof ClearanceVerification>;

/**
 * A rupiah form field as the schemas expect it: the amount when the text reads as one ("2.500.000.000",
 * "Rp 2,5 M"), else the text itself so that validation names the field.
 */
export function rupiahInput(text: string | null | undefined): number | string | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  return parseRupiah(text) ?? text;
}

export { rupiahDigits } from '../../domain/rupiah';
