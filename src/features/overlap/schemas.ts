import * as v from 'valibot';
import { CATEGORIES, SCOPES } from '../../../db/schema/applications';
import { fraction, int, named } from '../../kernel/http/openapi';

/** A function code (`RAB.09.06.01`) or a whole level-2 RAB/RAL code (`RAB.09.06`). */
const FunctionOrParent = v.pipe(
  v.string('kode harus teks / code must be a string'),
  v.trim(),
  v.toUpperCase(),
  v.regex(
    /^RA[BL]\.\d{2}\.\d{2}(\.\d{2})?$/,
    'kode fungsi atau kode RAB/RAL tingkat 2 / a function or level-2 RAB/RAL code',
  ),
);
const DataEntityCode = v.pipe(
  v.string('kode harus teks / code must be a string'),
  v.trim(),
  v.toUpperCase(),
  v.regex(/^RAD\.\d{2}\.\d{2}\.\d{2}$/, 'kode entitas data, mis. RAD.09.06.01 / a data entity code'),
);

/** `POST /api/v1/overlap` and the proposal form: what is being proposed. */
export const OverlapInput = v.object({
  name: v.pipe(
    v.string('nama wajib diisi / name is required'),
    v.trim(),
    v.minLength(3, 'nama minimal 3 karakter / name needs at least 3 characters'),
    v.maxLength(200, 'nama maksimal 200 karakter / name is at most 200 characters'),
  ),
  description: v.optional(
    v.pipe(
      v.string('deskripsi harus teks / description must be a string'),
      v.trim(),
      v.maxLength(5000, 'deskripsi maksimal 5000 karakter / description is at most 5000 characters'),
    ),
    '',
  ),
  functions: v.optional(
    v.pipe(
      v.array(FunctionOrParent, 'daftar kode / a list of codes'),
      v.maxLength(50, 'maksimal 50 fungsi / at most 50 functions'),
    ),
    [],
  ),
  dataEntities: v.optional(
    v.pipe(
      v.array(DataEntityCode, 'daftar kode / a list of codes'),
      v.maxLength(50, 'maksimal 50 entitas data / at most 50 data entities'),
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

const OverlapMatch = named(
  'OverlapMatch',
  v.strictObject({
    application: OverlapApplication,
    score: fraction,
    flagged: v.pipe(v.boolean(), v.description('At or above the flag threshold.')),
    evidence: v.strictObject({
      functionScore: v.nullable(fraction),
      dataScore: v.nullable(fraction),
      textScore: fraction,
      functions: v.array(
        v.strictObject({ code: v.string(), title: v.string(), match: v.picklist(['exact', 'parent']) }),
      ),
      dataEntities: v.array(
        v.strictObject({ code: v.string(), name: v.string(), role: v.picklist(['master', 'producer']) }),
      ),
      terms: v.array(v.string()),
    }),
  }),
);

/** `POST /api/v1/overlap` and `GET /api/v1/applications/{id}/overlap` answer this. */
export const OverlapReport = named(
  'OverlapReport',
  v.strictObject({
    sharedCoverage: v.pipe(
      fraction,
      v.description('How much of the proposal national (shared) applications already cover.'),
    ),
    coveredBy: v.array(OverlapApplication),
    matches: v.array(OverlapMatch),
    weights: v.strictObject({
      functions: v.number(),
      data: v.number(),
      text: v.number(),
      flagThreshold: v.number(),
    }),
  }),
);
export type OverlapReport = v.InferOutput<typeof OverlapReport>;
