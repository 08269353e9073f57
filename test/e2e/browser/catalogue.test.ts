/**
 * A person browsing the catalogue in real Chromium: home → search and filter → an application,
 * once with JavaScript (htmx swaps results in place) and once without (plain links and forms).
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../support/browser';
import { startTestServer } from '../../support/server';

let browser: Browser;

/** Waits until the locator's text contains (or, with `absent`, no longer contains) `text`. */
async function waitForText(locator: Locator, text: string, absent = false): Promise<string> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const content = (await locator.textContent()) ?? '';
    if (content.includes(text) !== absent) return content;
    if (Date.now() > deadline)
      throw new Error(`${absent ? 'still' : 'never'} saw "${text}" in: ${content.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startTestServer({ demoApps: 300 })]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('browsing the catalogue', () => {
  it('goes from the home page to a filtered list to an application, with htmx', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    expect(await page.locator('h1').textContent()).toBe('Katalog nasional aplikasi pemerintah');
    await page.locator('header nav').getByRole('link', { name: 'Aplikasi', exact: true }).click();
    await page.waitForURL('**/aplikasi');

    // Filtering by category refreshes the results in place and keeps the filter in the URL.
    await page.locator('select[name=category]').selectOption('umum');
    await page.waitForURL(/category=umum/);
    await waitForText(page.locator('#results'), 'SIASN');
    await waitForText(page.locator('#results'), 'Aplikasi Khusus', true);

    // Typing a search narrows it further, still without a full page load.
    await page.locator('input[name=q]').fill('kepegawaian');
    await page.waitForURL(/q=kepegawaian/);
    await page.locator('#results a.title', { hasText: 'SIASN' }).click();
    await page.waitForURL(/\/aplikasi\/\d+$/);
    await waitForText(page.locator('h1'), 'SIASN');
    await waitForText(page.locator('body'), 'Badan Kepegawaian Negara');
    await waitForText(page.locator('body'), 'Data Pegawai ASN');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/aplikasi`);
    await page.locator('select[name=agencyKind]').selectOption('lembaga');
    await page.locator('input[name=q]').fill('srikandi');
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.waitForURL(/agencyKind=lembaga/);
    await waitForText(page.locator('#results'), 'SRIKANDI');
    await page.locator('#results a.title').first().click();
    await waitForText(page.locator('h1'), 'SRIKANDI');
    await context.close();
  });

  it('switches to English and back', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/fungsi`);
    await page.getByRole('link', { name: 'English' }).click();
    await waitForText(page.locator('h1'), 'Business function catalogue');
    await page.getByRole('link', { name: 'Applications', exact: true }).click();
    await waitForText(page.locator('h1'), 'Applications');
    await page.close();
  });
});
