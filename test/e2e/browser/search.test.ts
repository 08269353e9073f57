/**
 * Searching the catalogue in real Chromium: results while typing (htmx, no page load), then
 * narrowed by kind; and the same search with JavaScript off (a plain GET form).
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../support/browser';
import { startTestServer } from '../../support/server';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;

async function waitForText(locator: Locator, text: string): Promise<string> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const content = (await locator.textContent()) ?? '';
    if (content.includes(text)) return content;
    if (Date.now() > deadline) throw new Error(`never saw "${text}" in: ${content.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startTestServer({ demoApps: 300 })]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('searching the catalogue', () => {
  it('shows results while typing, in place, and narrows them by kind', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    await page.locator('header nav').getByRole('link', { name: 'Cari', exact: true }).click();
    await page.waitForURL('**/cari');
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });

    await page.locator('input[name=q]').pressSequentially('kepegawaian', { delay: 40 });
    await page.waitForURL(/q=kepegawaian/);
    await waitForText(page.locator('#results'), 'Layanan administrasi kepegawaian mandiri');
    expect(await page.locator('#results mark').count()).toBeGreaterThan(0);
    // No page load happened: the results were swapped in.
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

    await page.locator('select[name=type]').selectOption('function');
    await page.waitForURL(/type=function/);
    await waitForText(page.locator('#results'), 'RAB.09.06');
    const kinds = await page.locator('#results li.hit .badge.info').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Fungsi']));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/cari`);
    await page.locator('input[name=q]').fill('srikandi');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.waitForURL(/q=srikandi/);
    await waitForText(page.locator('#results'), 'SRIKANDI');
    await page.locator('#results a.title').first().click();
    await waitForText(page.locator('h1'), 'SRIKANDI');
    await context.close();
  });
});
