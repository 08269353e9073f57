import * as v from 'valibot';

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
