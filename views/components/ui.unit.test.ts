import { describe, expect, it } from 'vitest';
import { withQuery } from './ui';

/** What URLSearchParams' own set/delete make of the same changes (the behaviour kept). */
function reference(url: URL, changes: Record<string, string | number | undefined>): string {
  const u = new URL(url.toString());
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === '') u.searchParams.delete(k);
    else u.searchParams.set(k, String(v));
  }
  u.searchParams.delete('lang');
  const qs = u.searchParams.toString();
  return qs ? `${u.pathname}?${qs}` : u.pathname;
}

describe('withQuery', () => {
  const cases: [string, Record<string, string | number | undefined>][] = [
    ['/cari?q=data+pegawai&agency=74&page=3', { agency: undefined, page: undefined }],
    ['/cari?q=data&type=api&lang=en', { type: 'application', page: undefined }],
    ['/cari?q=a&protocol=rest&protocol=soap&page=2', { protocol: 'event' }],
    ['/cari?q=surat%20dinas&x=%26%3D', { splp: 'true', page: 2 }],
    ['/aplikasi', { page: 2 }],
    ['/aplikasi?page=2', { page: undefined }],
    ['/aplikasi?q=&lang=en', { lang: 'id', q: '' }],
    ['/cari?q=ü+é', { agency: '3.1' }],
    // Keys that are names on Object.prototype are query keys like any other.
    ['/cari?constructor=x&toString=y&q=a', { page: 2 }],
  ];
  it.each(cases)('%s with %o', (href, changes) => {
    const url = new URL(href, 'http://localhost');
    expect(withQuery(url, changes)).toBe(reference(url, changes));
    // Asked twice of the same URL (the pairs are read once): the same answer.
    expect(withQuery(url, changes)).toBe(reference(url, changes));
  });

  it('never carries the language', () => {
    expect(withQuery(new URL('http://localhost/cari?lang=en&q=x'), { page: 2 })).toBe('/cari?q=x&page=2');
  });
});
