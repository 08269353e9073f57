import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app';
import { formPost, PASSWORD, registryFixture } from '../../../test/support/auth';
import { safeNext } from './web/auth';

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
    expect(safeNext(next)).toBe('/saya');
  });

  it.each(SAFE)('keeps the same-site path %j', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it('never leaves the site through the form or the sign-in page', async () => {
    const { app, db } = await createTestApp();
    await registryFixture(db);
    for (const next of ['/.//evil.example/phish', '/..//evil.example', '/%2e%2e//evil.example']) {
      const page = await app.request(`/login?next=${encodeURIComponent(next)}`);
      expect(await page.text()).toContain('<input type="hidden" name="next" value="/saya"/>');
      const res = await formPost(app, '/login', { email: 'owner@malang.go.id', password: PASSWORD, next });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/saya');
    }
    expect(HOSTILE.length).toBeGreaterThanOrEqual(20);
  });
});
