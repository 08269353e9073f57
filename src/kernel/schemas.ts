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
export const queryInt = (min: number, max: number, fallback: number, description = 'A whole number') =>
  v.optional(
    v.pipe(
      v.string(),
      v.regex(/^-?\d{1,9}$/, vmsg('validation.wholeNumber')),
      // The API's document describes the parameter as sent: digits within these bounds.
      v.description(`${description}: ${min} to ${max}.`),
      v.transform(Number),
      v.minValue(min, vmsg('validation.min', { min })),
      v.maxValue(max, vmsg('validation.max', { max })),
    ),
    String(fallback),
  );

export const pagingEntries = {
  page: queryInt(1, MAX_PAGE, 1, 'Page number'),
  pageSize: queryInt(1, MAX_PAGE_SIZE, 20, 'Items per page'),
};

/** Free-text search: trimmed, bounded. */
export const searchText = v.optional(
  v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(200, vmsg('validation.maxChars', { max: 200 })),
    v.description('Full-text search (trimmed, at most 200 characters); the last word matches as a prefix.'),
  ),
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

// Characters that change how text is shown without being seen: C0/C1 controls, bidirectional
// embeddings, overrides and isolates (U+202A–202E, U+2066–2069, the marks U+200E/200F and
// U+061C), zero-width spaces and joiners (U+200B–200D, U+2060, U+FEFF). A name with a
// right-to-left override reads differently from what is stored ("Trojan Source").
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// The same for multi-line text, keeping tabs, newlines and the zero-width joiner (emoji, Indic).
const INVISIBLE_MULTILINE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Removes control, bidirectional-override and zero-width characters from one-line text. */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : ''));
}

/** Like `stripInvisible`, for multi-line text: keeps tabs, line breaks and the zero-width joiner. */
export function stripInvisibleMultiline(s: string): string {
  return s.replace(INVISIBLE_MULTILINE, '');
}

/** A valibot action for names and other one-line text: place it before `v.trim()`. */
export const oneLine = v.transform(stripInvisible);

/** A valibot action for descriptions and other multi-line text. */
export const multiLine = v.transform(stripInvisibleMultiline);
