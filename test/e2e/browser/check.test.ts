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
  it('shows SRIKANDI first among national services, local copies as a counted group, and no procurement system in coverage', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/periksa`);
    await page.locator('input[name=name]').pressSequentially('e-Surat Kabupaten Sleman', { delay: 5 });
    // A full description of a local letters system, as an agency writes it; no function picked.
    await page
      .locator('textarea[name=description]')
      .fill(
        'Aplikasi persuratan elektronik (e-Office) untuk pencatatan surat masuk dan surat keluar, pembuatan nota dinas, ' +
          'disposisi berjenjang dari kepala dinas sampai staf, penomoran surat otomatis, tanda tangan elektronik ' +
          'dan pengarsipan naskah dinas secara digital di seluruh perangkat daerah.',
      );
    await page.locator('textarea[name=description]').press('End');
    await page.locator('textarea[name=description]').pressSequentially(' ', { delay: 5 });
    // No submit: the panel refreshes by itself.
    await page.waitForFunction(
      () => document.querySelector('#overlap-panel ol.shared')?.textContent?.includes('SRIKANDI'),
      null,
      { timeout: 10_000 },
    );
    const shared = page.locator('#overlap-panel ol.shared > li');
    expect(await shared.first().locator('a.title').textContent()).toContain('SRIKANDI');
    expect(await shared.first().textContent()).toContain('Kemungkinan duplikasi');
    // Coverage names only what national services really perform: no procurement system covers it.
    const covering = await page
      .locator('#overlap-panel ol.shared > li:has(p.covered) a.title')
      .allTextContents();
    for (const p of ['SPSE', 'SIRUP', 'e-Katalog']) expect(covering.join(' ')).not.toContain(p);
    const panel = (await page.locator('#overlap-panel').textContent()) ?? '';
    expect(panel).toMatch(/\d+% fungsi usulan ini sudah dijalankan layanan nasional/);
    // The local e-Office/e-Surat copies of the demo data as one counted group.
    expect(panel).toContain('Salinan lokal yang serupa');
    expect(panel).toMatch(/\d+ aplikasi di \d+ instansi/);
    expect(panel).toContain('Tambahkan fungsi yang terdeteksi');
    expect(page.url()).toBe(`${server.url}/periksa`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
