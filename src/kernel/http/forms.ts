import type { Context } from 'hono';
import type { AppEnv } from '../env';

export type FormRecord = Record<string, string | File | (string | File)[]>;

/** The posted form (urlencoded or multipart), with repeated names as arrays. */
export async function formRecord(c: Context<AppEnv>): Promise<FormRecord> {
  const type = c.req.header('Content-Type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data'))
    return {};
  return (await c.req.parseBody({ all: true })) as FormRecord;
}

/** One text value (the last if repeated), trimmed; undefined if absent. */
export function str(form: FormRecord, name: string): string | undefined {
  const v = form[name];
  const last = Array.isArray(v) ? v[v.length - 1] : v;
  return typeof last === 'string' ? last : undefined;
}

/** Every text value of a repeated field, in order, empty ones dropped. */
export function strs(form: FormRecord, name: string): string[] {
  const v = form[name];
  const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return all.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
}

/** Every text value of a repeated field, keeping empty ones (for aligned row fields). */
export function rowValues(form: FormRecord, name: string): string[] {
  const v = form[name];
  const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return all.map((x) => (typeof x === 'string' ? x : ''));
}

/** A number field: empty → null; not a number → the raw string, so the schema names the field. */
export function num(form: FormRecord, name: string): number | string | null {
  const s = str(form, name)?.trim().replace(/[.\s]/g, '');
  if (!s) return null;
  return /^-?\d+$/.test(s) ? Number(s) : (str(form, name) ?? null);
}

/** An uploaded file, if one with content was sent. */
export function file(form: FormRecord, name: string): File | undefined {
  const v = form[name];
  const last = Array.isArray(v) ? v[v.length - 1] : v;
  return last instanceof File && last.size > 0 ? last : undefined;
}
