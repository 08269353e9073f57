/**
 * Every public page and each role's main pages on a phone (360×740 in Chromium): nothing is
 * wider than the screen (a table scrolls inside its own box), and axe-core finds no serious or
 * critical violation.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoAccounts } from '../../../seeds/accounts';
import { createDemoProposals } from '../../../seeds/demo-proposals';
import { DEVELOPMENT_CLEARANCE_KEY } from '../../../src/config';
import { createSession, SESSION_COOKIE } from '../../../src/features/accounts/service';
import { nativeHasher } from '../../../src/kernel/password-node';
import { type RegistryFixture, registryFixture } from '../../support/auth';
import { launchBrowser } from '../../support/browser';
import { startTestServer } from '../../support/server';

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
        '/login',
      ];
    case 'operator':
      return [
        '/saya',
        '/usulan',
        '/usulan/baru',
        `/usulan/${proposalId}`,
        '/aplikasi/baru',
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

async function phoneAs(role: Role): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const user = { public: null, operator: fx.owner, reviewer: fx.reviewer, admin: fx.admin }[role];
  if (user) {
    // A fresh session per context: the fixture's own may be ended by other tests.
    const s = await createSession(server.db, user.user.id);
    await context.addCookies([{ name: SESSION_COOKIE, value: s.token, url: server.url }]);
  }
  return context;
}

describe('on a phone (360×740)', () => {
  it('found the pages it visits in the data', () => {
    expect(clearance).toMatch(/^REK-/);
    expect(Number(proposalId)).toBeGreaterThan(0);
    expect(Number(reviewId)).toBeGreaterThan(0);
  });

  for (const role of ['public', 'operator', 'reviewer', 'admin'] as const) {
    it(`no ${role} page is wider than the screen`, async () => {
      const context = await phoneAs(role);
      const page = await context.newPage();
      const wide: string[] = [];
      for (const path of pagesOf(role)) {
        const res = await page.goto(`${server.url}${path}`);
        expect(res?.status(), path).toBe(200);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        if (scrollWidth > innerWidth) wide.push(`${path}: ${scrollWidth}px`);
      }
      expect(wide).toEqual([]);
      await context.close();
    }, 120_000);
  }

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
