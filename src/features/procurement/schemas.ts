import * as v from 'valibot';
import { DECISIONS, PROPOSAL_KINDS } from '../../../db/schema/reviews';
import { int, intMin, named, pageOf, timestamp } from '../../kernel/http/openapi';
import { ApplicationFields } from '../registry/schemas';

const optionalUrl = v.optional(
  v.nullable(
    v.pipe(
      v.string(),
      v.trim(),
      v.transform((s) => (s === '' ? null : s)),
      v.nullable(
        v.pipe(
          v.string(),
          v.url('harus URL lengkap, mis. https://… / must be a full URL'),
          v.regex(/^https?:\/\//i, 'harus http(s) / must be http or https'),
        ),
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
  kind: v.picklist(PROPOSAL_KINDS, 'jenis: build, extend atau operate / kind: build, extend or operate'),
  fiscalYear: v.pipe(
    v.number('tahun anggaran wajib diisi / fiscal year is required'),
    v.integer('harus bilangan bulat / must be a whole number'),
    v.minValue(2020, 'minimal 2020 / at least 2020'),
    v.maxValue(2100, 'maksimal 2100 / at most 2100'),
  ),
  requestedBudget: v.pipe(
    v.number('anggaran wajib diisi (Rp) / budget is required (IDR)'),
    v.integer('harus bilangan bulat rupiah / whole rupiah'),
    v.minValue(0, 'tidak boleh negatif / cannot be negative'),
    v.maxValue(1_000_000_000_000_000, 'terlalu besar / too large'),
  ),
  justification: v.optional(
    v.pipe(v.string(), v.trim(), v.maxLength(10_000, 'maksimal 10000 karakter / at most 10000 characters')),
    '',
  ),
  kakUrl: optionalUrl,
  costBenefitUrl: optionalUrl,
});
export type ProposalFields = v.InferOutput<typeof ProposalFields>;

export const UpdateProposalInput = v.object({
  ...ProposalFields.entries,
  version: v.pipe(
    v.number('versi wajib diisi / version is required'),
    v.integer('versi harus bilangan bulat / version must be a whole number'),
    v.minValue(1, 'minimal 1 / at least 1'),
  ),
});
export type UpdateProposalInput = v.InferOutput<typeof UpdateProposalInput>;

/** Submitting: the version seen, and a reason for not reusing each flagged application (by id). */
export const SubmitInput = v.object({
  version: UpdateProposalInput.entries.version,
  justifications: v.optional(
    v.record(
      v.pipe(v.string(), v.regex(/^\d+$/, 'id aplikasi / application id')),
      v.pipe(v.string(), v.trim(), v.maxLength(5000, 'maksimal 5000 karakter / at most 5000 characters')),
    ),
    {},
  ),
});

export const DecisionInput = v.object({
  decision: v.picklist(DECISIONS, `keputusan: ${DECISIONS.join(', ')} / decision`),
  reasonCodes: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.trim()), 'daftar kode alasan / a list of reason codes'),
      v.maxLength(20),
    ),
    [],
  ),
  conditions: v.optional(
    v.nullable(
      v.pipe(v.string(), v.trim(), v.maxLength(5000, 'maksimal 5000 karakter / at most 5000 characters')),
    ),
    null,
  ),
  comment: v.optional(
    v.pipe(v.string(), v.trim(), v.maxLength(10_000, 'maksimal 10000 karakter / at most 10000 characters')),
    '',
  ),
  suggestedApplications: v.optional(
    v.pipe(
      v.array(
        v.pipe(v.number(), v.integer(), v.minValue(1)),
        'daftar ID aplikasi / a list of application ids',
      ),
      v.maxLength(20),
    ),
    [],
  ),
  budgetCeiling: v.optional(
    v.nullable(
      v.pipe(
        v.number('pagu harus angka (Rp) / ceiling must be a number (IDR)'),
        v.integer('harus bilangan bulat / must be whole'),
        v.minValue(0, 'tidak boleh negatif / cannot be negative'),
      ),
    ),
    null,
  ),
  /** The round the reviewer looked at; a decision on an older round is refused. */
  round: v.pipe(v.number('putaran wajib / round is required'), v.integer(), v.minValue(1)),
});
export type DecisionInput = v.InferOutput<typeof DecisionInput>;

export const RevokeInput = v.object({
  reason: v.pipe(
    v.string('alasan wajib diisi / reason is required'),
    v.trim(),
    v.minLength(5, 'alasan minimal 5 karakter / reason needs at least 5 characters'),
    v.maxLength(2000, 'maksimal 2000 karakter / at most 2000 characters'),
  ),
});

export const HolidayInput = v.object({
  date: v.pipe(
    v.string('tanggal wajib / date is required'),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, 'format YYYY-MM-DD'),
  ),
  name: v.pipe(
    v.string('nama wajib / name is required'),
    v.trim(),
    v.minLength(3, 'minimal 3 karakter / at least 3 characters'),
    v.maxLength(200),
  ),
});

export const QueueQuery = v.object({
  agencyKind: v.optional(
    v.picklist(
      ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota'],
      'jenis instansi tidak dikenal / unknown agency kind',
    ),
  ),
  due: v.optional(v.picklist(['overdue', 'soon'], 'due: overdue atau soon / overdue or soon')),
  page: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,4}$/, 'halaman / page'), v.transform(Number), v.minValue(1)),
    '1',
  ),
});

export const DecisionLogQuery = v.object({
  decision: v.optional(
    v.pipe(
      v.picklist(DECISIONS, `keputusan: ${DECISIONS.join(', ')} / decision`),
      v.description('Only this decision.'),
    ),
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
      v.regex(/^\d{4}$/, 'tahun 4 angka / a 4-digit year'),
      v.description('Fiscal year of the proposal.'),
      v.transform(Number),
    ),
  ),
  page: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,4}$/, 'halaman / page'),
      v.description('Page number, from 1.'),
      v.transform(Number),
      v.minValue(1),
    ),
    '1',
  ),
  pageSize: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,3}$/, 'ukuran halaman / page size'),
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
