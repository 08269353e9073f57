import * as v from 'valibot';
import type { FieldIssue } from './errors';
import { Invalid } from './errors';

export const MAX_PAGE = 10_000;
export const MAX_PAGE_SIZE = 100;

/** A query-string integer within bounds, with a message naming the bounds. */
export const queryInt = (min: number, max: number, fallback: number) =>
  v.optional(
    v.pipe(
      v.string(),
      v.regex(/^-?\d{1,9}$/, 'harus bilangan bulat / must be a whole number'),
      v.transform(Number),
      v.minValue(min, `minimal ${min} / at least ${min}`),
      v.maxValue(max, `maksimal ${max} / at most ${max}`),
    ),
    String(fallback),
  );

export const pagingEntries = {
  page: queryInt(1, MAX_PAGE, 1),
  pageSize: queryInt(1, MAX_PAGE_SIZE, 20),
};

/** Free-text search: trimmed, bounded. */
export const searchText = v.optional(
  v.pipe(v.string(), v.trim(), v.maxLength(200, 'maksimal 200 karakter / at most 200 characters')),
);

/** Turns valibot issues into field issues ("page: at least 1"). */
export function toFieldIssues(issues: readonly v.BaseIssue<unknown>[], field = '(input)'): FieldIssue[] {
  return issues.map((i) => ({ field: v.getDotPath(i) ?? field, message: i.message }));
}

/**
 * Parses input against a schema or throws `Invalid` naming every bad field. Unknown query
 * parameters are ignored; only the schema's own keys are read.
 */
export function parseOrThrow<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  what = 'query',
): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (!result.success) {
    throw new Invalid(`Invalid ${what}`, toFieldIssues(result.issues, what));
  }
  return result.output;
}

/** Normalises repeated query keys: Hono's `queries()` gives arrays; we accept the last value. */
export function lastValues(q: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, vals] of Object.entries(q)) {
    const last = vals[vals.length - 1];
    if (last !== undefined && last !== '') out[k] = last;
  }
  return out;
}
