import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app';
import { Invalid } from '../errors';
import { acceptedLang } from '../http/lang';
import { parseOrThrow, toFieldIssues, vmsg } from '../schemas';
import { msg, translator } from '.';
import { en } from './en';
import { id } from './id';

describe('message catalogues', () => {
  it('have the same keys in Indonesian and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const [key, text] of [...Object.entries(id), ...Object.entries(en)]) expect(text, key).not.toBe('');
  });

  it('use in English no placeholder the Indonesian message lacks (callers pass only those)', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]);
    for (const key of Object.keys(id) as (keyof typeof id)[])
      for (const name of names(en[key])) expect(names(id[key]), key).toContain(name);
  });
});

describe('translator', () => {
  it('fills parameters, translating a nested message in the same language', () => {
    const m = msg('auth.onlyRole', { roles: 'admin' });
    expect(translator('id')(m)).toBe('Hanya untuk peran admin');
    expect(translator('en')(m)).toBe('Only for the role admin');
    expect(translator('en')('error.bodyTooLarge', { max: msg('validation.maxChars', { max: 5 }) })).toBe(
      'Request body too large (over at most 5 characters)',
    );
  });
});

describe('English plurals', () => {
  it('say one application, two applications, no applications', () => {
    const t = translator('en');
    expect(t('detail.sharedFunctions', { n: 1 })).toBe('1 function in common');
    expect(t('detail.sharedFunctions', { n: 2 })).toBe('2 functions in common');
    expect(t('check.clusterSize', { size: 3, agencies: 1 })).toBe('3 applications in 1 agency');
    expect(t('proc.queue.lead', { n: 0 })).toBe('0 proposals waiting, oldest first.');
    expect(translator('id')('detail.sharedFunctions', { n: 1 })).toBe('1 fungsi sama');
  });
});

describe('valibot messages as keys', () => {
  it('come back from a failed parse as messages with their parameters', () => {
    const schema = v.object({
      name: v.pipe(v.string(), v.maxLength(3, vmsg('validation.maxChars', { max: 3 }))),
    });
    const r = v.safeParse(schema, { name: 'abcd' });
    expect(r.success).toBe(false);
    const issues = toFieldIssues(r.issues ?? []);
    expect(issues).toEqual([{ field: 'name', message: msg('validation.maxChars', { max: 3 }) }]);
    expect(() => parseOrThrow(schema, { name: 'abcd' })).toThrow(Invalid);
  });
});

describe('language of an API request', () => {
  it.each([
    [undefined, undefined],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR, en;q=0.5, id;q=0.8', 'id'],
    ['fr', undefined],
    ['en;q=0, id', 'id'],
  ])('Accept-Language %s → %s', (header, lang) => {
    expect(acceptedLang(header)).toBe(lang);
  });

  it('answers problem+json in Indonesian by default, English with ?lang=en or Accept-Language', async () => {
    const { app } = await createTestApp();
    const title = async (path: string, init?: RequestInit) =>
      (await (await app.request(path, init)).json()) as { title: string; errors: { message: string }[] };
    const idBody = await title('/api/v1/applications?page=0');
    expect(idBody.errors[0]?.message).toBe('minimal 1');
    expect(idBody.title).toBe('Isian tidak sah');
    const enBody = await title('/api/v1/applications?page=0&lang=en');
    expect(enBody.errors[0]?.message).toBe('at least 1');
    expect(enBody.title).toBe('Invalid input');
    const accepted = await title('/api/v1/applications?page=0', { headers: { 'Accept-Language': 'en-US' } });
    expect(accepted.errors[0]?.message).toBe('at least 1');
  });
});
