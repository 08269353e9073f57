/**
 * Builds FTS5 MATCH expressions from what a person typed. Pure: no I/O.
 *
 * Every token is quoted (so `AND`, `-`, `:` or `"` typed by a user are text, not syntax), the
 * last token becomes a prefix query for search-as-you-type, and words that appear in most
 * application names ("sistem", "informasi", "aplikasi", ...) are dropped unless nothing else
 * is left: they match nearly every row, and FTS5's bm25 scores every match (reference/measured.md:
 * 18–46 ms for a term in most of 30k documents against 0.2–3 ms for a selective one).
 */

/** Words too common in Indonesian government application names to narrow a search. */
export const SEARCH_STOP_WORDS = new Set([
  'sistem',
  'informasi',
  'aplikasi',
  'manajemen',
  'layanan',
  'pelayanan',
  'online',
  'elektronik',
  'digital',
  'dan',
  'atau',
  'di',
  'ke',
  'dari',
  'yang',
  'untuk',
  'dengan',
  'pada',
  'the',
  'of',
  'and',
  'for',
]);

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Splits text into lower-case word tokens the way FTS5's unicode61 tokenizer would (at most `max`). */
export function tokenize(text: string, max = 32): string[] {
  return (text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(TOKEN) ?? []).slice(0, max);
}

/**
 * Returns an FTS5 query (all terms must match, last one as a prefix), or null when the text
 * has no searchable word.
 */
export function toFtsQuery(text: string, opts: { prefixLast?: boolean } = {}): string | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const selective = tokens.filter((t) => !SEARCH_STOP_WORDS.has(t));
  const kept = selective.length > 0 ? selective : tokens;
  const prefixLast = opts.prefixLast ?? true;
  const lastTyped = tokens[tokens.length - 1];
  return kept
    .map((t) => {
      // A 1–2 letter prefix ("p*", "pe*") matches most of the index and makes bm25 score every
      // row; prefixes start at 3 letters, shorter words are matched exactly.
      const prefix = prefixLast && t === lastTyped && t.length >= 3;
      return `"${t}"${prefix ? '*' : ''}`;
    })
    .join(' ');
}

/**
 * True when the text has a word outside SEARCH_STOP_WORDS. A query of stop words only matches
 * most of the catalogue, where relevance ranking means nothing and costs bm25 over every row.
 */
export function isSelective(text: string): boolean {
  return tokenize(text).some((t) => !SEARCH_STOP_WORDS.has(t));
}
