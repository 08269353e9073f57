/** An operator describes a local letter application and sees SRIKANDI before submitting anything. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../support/browser';
import { startTestServer } from '../../support/server';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startTestServer({ demoApps: 200 })]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the overlap check while typing', () => {
  it('shows SRIKANDI covering a local e-mail/letter application before the form is submitted', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/periksa`);
    await page.locator('input[name=name]').pressSequentially('e-Surat Kabupaten Sleman', { delay: 5 });
    await page
      .locator('textarea[name=description]')
      .pressSequentially(
        'Surat masuk dan surat keluar didisposisikan pimpinan dan diarsipkan secara elektronik.',
        {
          delay: 2,
        },
      );
    // No submit: the panel refreshes by itself.
    await page.waitForFunction(
      () => document.querySelector('#overlap-panel')?.textContent?.includes('SRIKANDI'),
      null,
      {
        timeout: 10_000,
      },
    );
    const panel = (await page.locator('#overlap-panel').textContent()) ?? '';
    expect(panel).toContain('Kemungkinan duplikasi');
    expect(panel).toMatch(/\d+% dari usulan ini sudah dilayani aplikasi umum/);
    expect(page.url()).toBe(`${server.url}/periksa`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
