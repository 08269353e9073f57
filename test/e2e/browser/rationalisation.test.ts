/**
 * The national picture's charts in real Chromium, at a desk and at a phone's width: drawn as SVG
 * with their text alternatives, no horizontal scrolling, screenshots kept for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runClustering } from '../../../src/features/rationalisation/service';
import { launchBrowser } from '../../support/browser';
import { startTestServer } from '../../support/server';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;
const SHOTS = join(process.cwd(), 'test-results', 'rationalisation');

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startTestServer({ demoApps: 600 })]);
  await runClustering(server.db);
  mkdirSync(SHOTS, { recursive: true });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the rationalisation page in Chromium', () => {
  for (const [name, width, height] of [
    ['desk', 1280, 900],
    ['phone', 360, 740],
  ] as const)
    it(`draws its charts without JavaScript and fits a ${width} px screen`, async () => {
      const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.url}/rasionalisasi`);
      expect(await page.locator('h1').textContent()).toBe('Rasionalisasi aplikasi nasional');
      await page
        .locator('section[aria-labelledby="clusters"]')
        .screenshot({ path: join(SHOTS, `clusters-${name}.png`) });
      await page.screenshot({ path: join(SHOTS, `page-${name}.png`), fullPage: true });
      const charts = page.locator('figure.chart svg[role="img"]');
      expect(await charts.count()).toBe(3);
      for (const chart of await charts.all()) {
        expect(await chart.locator(':scope > title').textContent()).toBeTruthy();
        expect((await chart.locator(':scope > desc').textContent())?.length).toBeGreaterThan(20);
        const box = await chart.boundingBox();
        expect(box!.width).toBeGreaterThan(width < 500 ? 300 : 500);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      }
      expect(await page.locator('figure.chart a[href$=".csv"]').count()).toBe(3);
      const overflow = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      expect(overflow.scroll).toBeLessThanOrEqual(overflow.inner);
      await context.close();
    });
});
