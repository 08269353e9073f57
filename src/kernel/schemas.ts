import * as v from 'valibot';
import type { FieldIssue } from './errors';
import { Malformed } from './errors';
import { isMessageKey, type Message, type MessageKey, msg, type Params } from './i18n';

/**
 * A valibot message as a message key with parameters: `v.maxLength(200, vmsg('validation.maxChars',
 * { max: 200 }))`. Valibot stores messages as strings, so the key travels encoded and
 * `toFieldIssues` turns it back into a `Message`.
 */
export function vmsg(key: MessageKey, params?: Params): string {
  return params ? `${key} ${JSON.stringify(params)}` : key;
}

/** Reads a valibot issue's message back as a `Message`; legacy plain text stays text. */
function issueMessage(text: string): Message | string {
  const space = text.indexOf(' ');
  const key = space < 0 ? text : text.slice(0, space);
  if (!isMessageKey(key)) return text;
  if (space < 0) return msg(key);
  try {
    return msg(key, JSON.parse(text.slice(space + 1)) as Params);
  } catch {
    return text;
  }
}

export const MAX_PAGE = 10_000;
export const MAX_PAGE_SIZE = 100;

/** A query-string integer within bounds, with a message naming the bounds. */
export const queryInt = (min: number, max: number, fallback: number) =>
  v.optional(
    v.pipe(
      v.string(),
      v.regex(/^-?\d{1,9}$/, vmsg('validation.wholeNumber')),
      v.transform(Number),
      v.minValue(min, vmsg('validation.min', { min })),
      v.maxValue(max, vmsg('validation.max', { max })),
    ),
    String(fallback),
  );

export const pagingEntries = {
  page: queryInt(1, MAX_PAGE, 1),
  pageSize: queryInt(1, MAX_PAGE_SIZE, 20),
};

/** Free-text search: trimmed, bounded. */
export const searchText = v.optional(
  v.pipe(v.string(), v.trim(), v.maxLength(200, vmsg('validation.maxChars', { max: 200 }))),
);

/** Turns valibot issues into field issues ("page: at least 1"). */
export function toFieldIssues(issues: readonly v.BaseIssue<unknown>[], field = '(input)'): FieldIssue[] {
  return issues.map((i) => ({ field: v.getDotPath(i) ?? field, message: issueMessage(i.message) }));
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
    throw new Malformed(msg('error.invalidInput'), toFieldIssues(result.issues, what));
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
