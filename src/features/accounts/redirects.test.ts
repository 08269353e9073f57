import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app';
import { formPost, makeUser, PASSWORD, registryFixture } from '../../../test/support/auth';
import { safeNext } from '../../kernel/http/safe-next';

/** Forms seen in open-redirect write-ups; every one must end at the default page. */
const HOSTILE = [
  '//evil.example/x',
  '///evil.example',
  '////evil.example',
  '/.//evil.example/phish',
  '/..//evil.example',
  '/./..//evil.example',
  '/a/../..//evil.example',
  '/%2e%2e//evil.example',
  '/%2E//evil.example',
  '/%2f%2fevil.example',
  '/%2F/evil.example',
  '/%5cevil.example',
  '/%5C%5Cevil.example',
  '/%09/evil.example',
  '/%0a/evil.example',
  '/\\evil.example',
  '/\\/evil.example',
  '\\\\evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r/evil.example',
  '/ /evil.example',
  '/\u00a0/evil.example',
  '/\u0000/evil.example',
  'https://evil.example',
  'http:evil.example',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'evil.example',
  '',
  ' /saya',
  '/%252f%252fevil.example',
];

const SAFE: Array<[string, string]> = [
  ['/aplikasi/baru', '/aplikasi/baru'],
  ['/cari?q=sistem%20informasi', '/cari?q=sistem%20informasi'],
  ['/cari?q=a%2Fb&lang=en', '/cari?q=a%2Fb&lang=en'],
  ['/aplikasi/./baru', '/aplikasi/baru'],
  ['/aplikasi/../instansi', '/instansi'],
  ['/usulan/12#keputusan', '/usulan/12#keputusan'],
];

describe('the redirect after sign-in', () => {
  it.each(HOSTILE)('refuses %j as a target', (next) => {
    expect(safeNext(next)).toBeNull();
  });

  it.each(SAFE)('keeps the same-site path %j', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it('sends each role to where its work is, unless a safe next names a page', async () => {
    const { app, db } = await createTestApp();
    await makeUser(db, 'operator', '35.07', 'operator@malangkab.go.id');
    await makeUser(db, 'reviewer', 'KEMENPANRB', 'penilai@menpan.go.id');
    await makeUser(db, 'admin', null, 'admin@katalog.go.id');
    const signIn = (email: string, next?: string) =>
      formPost(app, '/login', { email, password: PASSWORD, ...(next === undefined ? {} : { next }) });
    const where = async (res: Response) => [res.status, res.headers.get('location')];
    expect(await where(await signIn('operator@malangkab.go.id'))).toEqual([303, '/saya']);
    expect(await where(await signIn('penilai@menpan.go.id'))).toEqual([303, '/penilaian']);
    expect(await where(await signIn('admin@katalog.go.id'))).toEqual([303, '/admin']);
    expect(await where(await signIn('penilai@menpan.go.id', '/usulan/7'))).toEqual([303, '/usulan/7']);
    expect(await where(await signIn('admin@katalog.go.id', '//evil.example'))).toEqual([303, '/admin']);
    expect(await where(await signIn('penilai@menpan.go.id', ''))).toEqual([303, '/penilaian']);
  });

  it('never leaves the site through the form or the sign-in page', async () => {
    const { app, db } = await createTestApp();
    await registryFixture(db);
    for (const next of ['/.//evil.example/phish', '/..//evil.example', '/%2e%2e//evil.example']) {
      const page = await app.request(`/login?next=${encodeURIComponent(next)}`);
      expect(await page.text()).not.toContain('name="next"');
      const res = await formPost(app, '/login', { email: 'owner@malang.go.id', password: PASSWORD, next });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/saya');
    }
    expect(HOSTILE.length).toBeGreaterThanOrEqual(20);
  });
});
