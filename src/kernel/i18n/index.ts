/**
 * The one text mechanism (docs/decisions/0017-one-text-mechanism.md). Every user-visible text is
 * a message key with `{name}` parameters, looked up in one catalogue per language:
 * - views: `t('apps.title')`, `t('check.score', { score })`
 * - services and errors: `msg('proposal.notFound', { id })` — a value, translated later by the
 *   error mapper or the view in the request's language
 * - valibot schemas: `vmsg('validation.maxChars', { max })` (src/kernel/schemas.ts)
 * To add a message: add the key to id.ts, then to en.ts (the type refuses a missing one).
 */
import { en } from './en';
import { id } from './id';

export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Every message key; `id.ts` is the reference catalogue. */
export type MessageKey = keyof typeof id;

/** A parameter value; a nested `Message` is translated in the same language. */
export type Param = string | number | Message;
export type Params = Readonly<Record<string, Param>>;

/** A message to show later, in a language not yet known (what services and errors carry). */
export interface Message {
  readonly key: MessageKey;
  readonly params?: Params;
}

/** Builds a message value: `throw new NotFound(msg('proposal.notFound', { id }))`. */
export function msg(key: MessageKey, params?: Params): Message {
  return params ? { key, params } : { key };
}

/** True for a message value (as opposed to plain text). */
export function isMessage(x: unknown): x is Message {
  return typeof x === 'object' && x !== null && typeof (x as Message).key === 'string';
}

/** True when `s` names a message in the catalogue. */
export function isMessageKey(s: string): s is MessageKey {
  return Object.hasOwn(id, s);
}

const catalogues: Record<Lang, Record<MessageKey, string>> = { id, en };

/** Turns a key (with parameters) or a message value into text in one language. */
export type Translate = (key: MessageKey | Message, params?: Params) => string;

/**
 * Returns the translator for a language; unknown placeholders are left as they are.
 * `{n|function|functions}` picks the first form when the parameter `n` is 1 (English plurals;
 * Indonesian texts do not need it).
 */
export function translator(lang: Lang): Translate {
  const table = catalogues[lang];
  const t: Translate = (key, params) => {
    const m = typeof key === 'string' ? { key, params } : key;
    const text = table[m.key];
    const p = m.params;
    if (!p) return text;
    return text
      .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
        Object.hasOwn(p, name) ? (Number(p[name]) === 1 ? one : other) : whole,
      )
      .replace(/\{(\w+)\}/g, (whole, name: string) => {
        if (!Object.hasOwn(p, name)) return whole;
        const value = p[name] as Param;
        return isMessage(value) ? t(value) : String(value);
      });
  };
  return t;
}

/** Translates error text; legacy plain strings pass through unchanged. */
export function translateText(t: Translate, text: Message | string): string {
  return typeof text === 'string' ? text : t(text);
}

/** Translates field issues for a page or a problem document. */
export function translateIssues(
  t: Translate,
  issues: readonly { field: string; message: Message | string }[],
): { field: string; message: string }[] {
  return issues.map((i) => ({ field: i.field, message: translateText(t, i.message) }));
}

/**
 * The label of a form field in the page's language, for error summaries: `functions.2` is
 * labelled as `functions`. Undefined for a field without a label (the summary then shows only
 * the message, never a storage key).
 */
export function fieldLabel(t: Translate, field: string): string | undefined {
  const key = `fieldLabel.${field.split('.')[0]}`;
  return isMessageKey(key) ? t(key) : undefined;
}

/** Field issues translated for a page: each message, and the field's label when it has one. */
export function labelIssues(
  t: Translate,
  issues: readonly { field: string; message: Message | string }[],
): { field: string; message: string; label?: string }[] {
  return issues.map((i) => ({
    field: i.field,
    message: translateText(t, i.message),
    label: fieldLabel(t, i.field),
  }));
}

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID'),
  en: new Intl.NumberFormat('en-GB'),
};

/** Formats an integer the way the reader expects (1.234 in Indonesian, 1,234 in English). */
export function formatNumber(lang: Lang, n: number): string {
  return numberFormats[lang].format(n);
}

/** Formats rupiah: "Rp 1,2 miliar" style is for prose; tables use the full figure. */
export function formatRupiah(lang: Lang, n: number): string {
  return `Rp ${numberFormats[lang].format(n)}`;
}
