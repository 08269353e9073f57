/**
 * A developer at another agency looks for who already serves personnel data: searches "data
 * pegawai", finds SIASN's API, opens one of its operations and downloads the spec — in Chromium.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userById } from '../../../src/features/accounts/repo';
import { updateApi } from '../../../src/features/registry/apis-service';
import { UpdateApiInput } from '../../../src/features/registry/schemas';
import { makeActor } from '../../support/auth';
import { launchBrowser } from '../../support/browser';
import { apiOfApplication, applicationIdByAcronym } from '../../support/repo';
import { startTestServer } from '../../support/server';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;

const SPEC = JSON.stringify(
  {
    openapi: '3.0.3',
    info: { title: 'API SIASN', version: '1' },
    paths: {
      '/pns/data-utama/{nip}': {
        get: {
          tags: ['pns'],
          summary: 'Data utama pegawai ASN',
          parameters: [
            {
              name: 'nip',
              in: 'path',
              required: true,
              description: 'NIP pegawai',
              schema: { type: 'string' },
            },
          ],
          responses: {
            '200': {
              description: 'OK',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      nip: { type: 'string' },
                      nama: { type: 'string' },
                      golongan: { type: 'string' },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  null,
  2,
);

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startTestServer({ demoApps: 50 })]);
  // BKN's operator attaches the spec to SIASN's API, as they would through the form.
  const bkn = await makeActor(server.db, 'operator', 'BKN', 'operator@bkn.go.id');
  const api = await apiOfApplication(server.db, 'SIASN');
  await updateApi(
    server.db,
    (await userById(server.db, bkn.user.id))!,
    api.id,
    v.parse(UpdateApiInput, {
      name: 'API SIASN',
      description: 'Layanan data ASN untuk integrasi sistem kepegawaian instansi.',
      protocol: 'rest',
      access: 'terbatas',
      auth: 'oauth2',
      splpPublished: true,
      baseUrl: 'https://api-siasn.bkn.go.id',
      dataEntities: ['RAD.09.06.01'],
      version: api.version,
    }),
    { content: SPEC },
  );
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('finding an API to reuse', () => {
  it('searches "data pegawai", finds SIASN’s API, opens an operation and downloads the spec', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/cari`);
    await page.locator('input[name=q]').pressSequentially('data pegawai', { delay: 30 });
    await page.waitForFunction(
      () => document.querySelector('#results')?.textContent?.includes('API SIASN'),
      null,
      {
        timeout: 10_000,
      },
    );
    await page.locator('#results a', { hasText: 'API SIASN' }).first().click();
    await page.waitForURL(/\/katalog-api\/\d+/);
    expect(await page.textContent('h1')).toContain('API SIASN');
    expect(await page.textContent('main')).toContain('Badan Kepegawaian Negara');

    const operation = page.locator('details.operation', { hasText: '/pns/data-utama/{nip}' });
    await operation.locator('summary').click();
    await expect.poll(() => operation.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await operation.textContent()).toContain('NIP pegawai');
    expect(await operation.textContent()).toContain(
      "curl -X GET 'https://api-siasn.bkn.go.id/pns/data-utama/:nip'",
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a', { hasText: 'Unduh spesifikasi asli' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('API-SIASN-1.json');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(SPEC);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('reads the API reference on a phone and tries an operation from it', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const count = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    await page.goto(`${server.url}/api/v1/docs`);
    expect(await page.locator('article.doc-op').count()).toBe(count);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    const id = await applicationIdByAcronym(server.db, 'SIASN');
    const op = page.locator('#op-getApplication');
    await op.locator('summary', { hasText: 'Coba' }).click();
    await op.locator('input[name=id]').fill(String(id));
    await op.locator('button', { hasText: 'Kirim permintaan' }).click();
    await page.waitForURL(new RegExp(`/api/v1/applications/${id}$`));
    expect(await page.textContent('body')).toContain('SIASN');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
