/**
 * Every public page and each role's main pages on a phone (360×740 in Chromium): nothing is
 * wider than the screen (a table scrolls inside its own box), and axe-core (WCAG 2.0–2.2 A/AA
 * and best practices) finds no serious or critical violation, on a phone and on a desk.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoAccounts } from '../../../seeds/accounts';
import { createDemoProposals } from '../../../seeds/demo-proposals';
import { DEVELOPMENT_CLEARANCE_KEY } from '../../../src/config';
import { createSession, SESSION_COOKIE } from '../../../src/features/accounts/service';
import { nativeHasher } from '../../../src/kernel/password-node';
import { type RegistryFixture, registryFixture } from '../../support/auth';
import { launchBrowser } from '../../support/browser';
import { startTestServer } from '../../support/server';

const require = createRequire(import.meta.url);
/** axe-core's source, injected into each page (playwright bypasses the page's CSP for it). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;
let fx: RegistryFixture;
/** Pages found in the data: a clearance number, proposals by state. */
let clearance: string;
let proposalId: string;
let reviewId: string;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startTestServer({ demoApps: 60 })]);
  fx = await registryFixture(server.db);
  await createDemoAccounts(server.db, nativeHasher);
  await createDemoProposals(server.db, DEVELOPMENT_CLEARANCE_KEY);
  const one = async (sql: string) => String((await server.db.$client.execute(sql)).rows[0]?.[0] ?? '');
  clearance = await one('select number from clearances order by id limit 1');
  proposalId = await one('select id from proposals order by id limit 1');
  reviewId = await one(
    "select p.id from proposals p join applications a on a.id = p.application_id where a.status = 'proposed' order by p.id limit 1",
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Role = 'public' | 'operator' | 'reviewer' | 'admin';

/** The pages each kind of user has, listed explicitly (a page added later is added here). */
function pagesOf(role: Role): string[] {
  switch (role) {
    case 'public':
      return [
        '/',
        '/aplikasi',
        `/aplikasi/${fx.active.id}`,
        '/aplikasi-umum',
        '/instansi',
        '/instansi/35.07',
        '/fungsi',
        '/data',
        '/data/RAD.02.01.01',
        '/periksa',
        '/periksa?name=SIMPEG+Kabupaten&description=data+pokok+pegawai+ASN+kenaikan+pangkat',
        '/katalog-api',
        `/katalog-api/${fx.api.id}`,
        '/cari?q=kepegawaian',
        '/referensi',
        '/keputusan',
        `/rekomendasi/${clearance}`,
        `/rekomendasi/${clearance}/surat`,
        '/rasionalisasi',
        '/api/v1/docs',
        '/login',
      ];
    case 'operator':
      return [
        '/saya',
        '/usulan',
        '/usulan/baru',
        `/usulan/${proposalId}`,
        '/aplikasi/baru',
        '/impor',
        `/aplikasi/${fx.active.id}/ubah`,
        `/aplikasi/${fx.active.id}/api/baru`,
        '/kotak-masuk',
        '/akun',
      ];
    case 'reviewer':
      return ['/penilaian', `/penilaian/${reviewId}`, '/keputusan', '/kotak-masuk', '/akun'];
    case 'admin':
      return ['/admin', '/admin/pengguna', '/admin/libur', '/admin/fungsi', '/akun'];
  }
}

async function phoneAs(role: Role, width = 360): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 740 }, bypassCSP: true });
  const user = { public: null, operator: fx.owner, reviewer: fx.reviewer, admin: fx.admin }[role];
  if (user) {
    // A fresh session per context: the fixture's own may be ended by other tests.
    const s = await createSession(server.db, user.user.id);
    await context.addCookies([{ name: SESSION_COOKIE, value: s.token, url: server.url }]);
  }
  return context;
}

/** Serious and critical axe-core violations on the page, as "rule ×n: first target". */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResults> } }).axe;
    const r = await axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: tags },
    });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0]?.target.join(' ')}`);
  }, AXE_TAGS);
}
interface AxeResults {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

describe('on a phone (360×740)', () => {
  it('found the pages it visits in the data', () => {
    expect(clearance).toMatch(/^REK-/);
    expect(Number(proposalId)).toBeGreaterThan(0);
    expect(Number(reviewId)).toBeGreaterThan(0);
  });

  for (const role of ['public', 'operator', 'reviewer', 'admin'] as const) {
    it(`no ${role} page is wider than the screen or has a serious accessibility violation`, async () => {
      const context = await phoneAs(role);
      const page = await context.newPage();
      const wide: string[] = [];
      const violations: string[] = [];
      for (const path of pagesOf(role)) {
        const res = await page.goto(`${server.url}${path}`);
        expect(res?.status(), path).toBe(200);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        if (scrollWidth > innerWidth) wide.push(`${path}: ${scrollWidth}px`);
        for (const v of await axeViolations(page)) violations.push(`${path}: ${v}`);
      }
      expect(wide).toEqual([]);
      expect(violations).toEqual([]);
      await context.close();
    }, 300_000);
  }

  it('axe finds a violation when there is one (the check can fail)', async () => {
    const context = await phoneAs('public');
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.svg';
      document.querySelector('main')?.append(img);
      const badge = document.createElement('span');
      badge.textContent = 'pucat';
      badge.style.color = '#bbb';
      document.querySelector('main')?.append(badge);
    });
    const found = await axeViolations(page);
    expect(found.some((v) => v.startsWith('image-alt'))).toBe(true);
    expect(found.some((v) => v.startsWith('color-contrast'))).toBe(true);
    await context.close();
  }, 60_000);

  it('opens the menu without JavaScript and reaches every section from it', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/aplikasi`);
    const header = await page.locator('header.site').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(80);
    expect(await page.locator('details.menu nav a').first().isVisible()).toBe(false);
    await page.click('details.menu > summary');
    const links = page.locator('details.menu nav a');
    expect(await links.first().isVisible()).toBe(true);
    expect(await links.allTextContents()).toContain('Katalog API');
    await context.close();
  }, 60_000);
});

describe('on a desk (1280×740)', () => {
  it('the busiest pages of each role have no serious accessibility violation', async () => {
    const violations: string[] = [];
    for (const [role, paths] of [
      ['public', ['/', '/aplikasi', '/periksa', '/katalog-api', '/fungsi']],
      ['operator', ['/saya', '/usulan/baru', `/aplikasi/${fx.active.id}/ubah`]],
      ['reviewer', ['/penilaian', `/penilaian/${reviewId}`]],
      ['admin', ['/admin', '/admin/pengguna']],
    ] as const) {
      const context = await phoneAs(role, 1280);
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(`${server.url}${path}`);
        for (const v of await axeViolations(page)) violations.push(`${role} ${path}: ${v}`);
      }
      await context.close();
    }
    expect(violations).toEqual([]);
  }, 300_000);
});
