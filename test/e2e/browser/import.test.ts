/**
 * An operator of Kabupaten Malang brings the agency's spreadsheet in one go: uploads a CSV at
 * /impor, reads the dry run (progress first, then the report with the closest national service),
 * applies it from the report, and sees the saved applications — in Chromium, on a phone's width
 * (360 px, nothing wider than the screen) and with JavaScript off.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../../../src/features/accounts/service';
import { makeActor } from '../../support/auth';
import { launchBrowser } from '../../support/browser';
import { startTestServer } from '../../support/server';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;
let operatorId: number;
const dir = mkdtempSync(join(tmpdir(), 'katalog-import-'));

/** A file of `n` letters applications named `prefix 1..n`, each performing the letters function. */
function csvFile(name: string, prefix: string, n: number): string {
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `${prefix} ${i + 1},Surat masuk dan keluar dicatat lalu didisposisikan pimpinan,active,RAL.02.06.01`,
  );
  const path = join(dir, name);
  writeFileSync(path, `name,description,status,functions\r\n${rows.join('\r\n')}\r\n`);
  return path;
}

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startTestServer({ demoApps: 40 })]);
  operatorId = (await makeActor(server.db, 'operator', '35.07', 'impor@malangkab.go.id')).user.id;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signedIn(opts: { width?: number; javaScript?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: 800 },
    javaScriptEnabled: opts.javaScript ?? true,
  });
  const s = await createSession(server.db, operatorId);
  await context.addCookies([{ name: SESSION_COOKIE, value: s.token, url: server.url }]);
  return context;
}

/** Width the page is wider than the window, in CSS pixels (0: nothing to scroll sideways). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('/impor in Chromium', () => {
  it('uploads a CSV, shows progress and the dry run, applies it from the report, at 360 px', async () => {
    const context = await signedIn({ width: 360 });
    const page = await context.newPage();
    await page.goto(`${server.url}/impor`);
    expect(await overflow(page)).toBe(0);
    await page.setInputFiles('input[name=file]', csvFile('persuratan.csv', 'Persuratan Dinas Malang', 150));
    await page.getByRole('button', { name: 'Uji coba' }).click();
    // At once, the progress (asked again every half second) where the report will be.
    const progress = page.locator('#import-job .import-progress[role=status]');
    await progress.waitFor();
    expect(await progress.textContent()).toContain('Uji coba berjalan:');
    // The report replaces the progress in place (htmx), without a new page.
    const report = page.locator('#import-job section.import-report');
    await report.getByRole('heading', { name: 'Hasil uji coba (belum disimpan)' }).waitFor();
    await expect
      .poll(() => report.getByRole('status').textContent())
      .toContain('persuratan.csv: 150 baru, 0 diubah, 0 tetap, 0 salah.');
    const firstRow = report.locator('tbody tr').first();
    expect(await firstRow.textContent()).toMatch(/Tumpang tindih \d+% dengan layanan nasional/);
    expect(await page.locator('tbody tr.import-create').count()).toBe(150);
    expect(await overflow(page)).toBe(0);

    await report.getByRole('button', { name: 'Terapkan (150 perubahan)' }).click();
    await report.getByRole('heading', { name: 'Impor disimpan' }).waitFor();
    expect(
      await page.locator('#import-job section.import-report').getByRole('status').textContent(),
    ).toContain('150 baru');
    expect(await overflow(page)).toBe(0);
    // Each saved row links to its application.
    await page
      .locator('#import-job')
      .getByRole('link', { name: 'Persuratan Dinas Malang 1', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Persuratan Dinas Malang 1' }).waitFor();
    await context.close();
  }, 60_000);

  it('works without JavaScript: the post answers the finished report, and applying saves it', async () => {
    const context = await signedIn({ javaScript: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/impor`);
    await page.setInputFiles('input[name=file]', csvFile('tanpa-js.csv', 'Arsip Surat Tanpa JS', 3));
    await page.getByRole('button', { name: 'Uji coba' }).click();
    await page.getByRole('heading', { name: 'Hasil uji coba (belum disimpan)' }).waitFor();
    expect(page.url()).toBe(`${server.url}/impor`);
    await page.getByRole('button', { name: 'Terapkan (3 perubahan)' }).click();
    await page.getByRole('heading', { name: 'Impor disimpan' }).waitFor();
    expect(await page.getByRole('status').first().textContent()).toContain('3 baru');
    await context.close();
  }, 60_000);
});
