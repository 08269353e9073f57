/**
 * An operator signs in, registers an application with functions (picked from the keyboard),
 * a data entity and an API with its spec, edits it, and reads its history — in Chromium.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../../src/features/accounts/repo';
import { PASSWORD, testPasswordHash } from '../../support/auth';
import { launchBrowser } from '../../support/browser';
import { startTestServer } from '../../support/server';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startTestServer({ demoApps: 50 })]);
  const agency = await server.db.$client.execute("select id from agencies where code = '35.07'");
  await insertUser(server.db, {
    email: 'operator@malangkab.go.id',
    name: 'Operator Malang',
    role: 'operator',
    agencyId: Number(agency.rows[0]?.id),
    passwordHash: await testPasswordHash(),
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const SPEC = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'API Kepegawaian Malang', version: '1.0' },
  paths: {
    '/pegawai/{nip}': {
      get: {
        summary: 'Data pokok pegawai',
        parameters: [{ name: 'nip', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok' } },
      },
    },
  },
});

describe('registering an application', () => {
  it('an operator signs in, registers with functions, data and an API, edits it and sees its history', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${server.url}/aplikasi/baru`);
    // Not signed in: sent to the sign-in page, and back afterwards.
    expect(page.url()).toContain('/login?next=%2Faplikasi%2Fbaru');
    await page.fill('input[name=email]', 'operator@malangkab.go.id');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('form.stack button[type=submit]');
    await page.waitForURL(`${server.url}/aplikasi/baru`);

    await page.fill('input[name=name]', 'SIMPEG Kabupaten Malang');
    await page.fill('input[name=acronym]', 'SIMPEG');
    await page.fill('textarea[name=description]', 'Pengelolaan data pokok pegawai dan kenaikan pangkat.');
    // The function picker, by keyboard only: type, ArrowDown into the results, Enter to choose.
    const search = page.locator('input[name=fq]');
    await search.focus();
    await search.pressSequentially('data pokok', { delay: 20 });
    await page.waitForSelector('#function-results button.option');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#chosen-functions input[name=functions]');
    const chosen = await page
      .locator('#chosen-functions input[name=functions]')
      .first()
      .getAttribute('value');
    expect(chosen).toMatch(/^RA[BL]\.\d{2}\.\d{2}\.\d{2}$/);
    // Enter in the search field did not submit the form.
    expect(page.url()).toBe(`${server.url}/aplikasi/baru`);
    await page.locator('select[name=de_code]').first().selectOption('RAD.09.06.01');
    await page.locator('select[name=de_role]').first().selectOption('master');
    await page.click('#app-form button[type=submit]');
    await page.waitForURL(/\/aplikasi\/\d+\?saved=1$/);
    const appUrl = page.url().replace('?saved=1', '');
    expect(await page.textContent('main')).toContain('Tersimpan');
    expect(await page.textContent('main')).toContain('Data Pegawai ASN');

    await page.click('text=Tambah API');
    await page.waitForURL(/\/api\/baru$/);
    await page.fill('input[name=name]', 'API Data Pegawai');
    await page.fill('input[name=baseUrl]', 'https://simpeg.malangkab.go.id/api');
    await page.check('input[name=splpPublished]');
    await page.setInputFiles('input[name=specFile]', {
      name: 'openapi.json',
      mimeType: 'application/json',
      buffer: Buffer.from(SPEC),
    });
    await page.click('form.app-form button[type=submit]');
    await page.waitForURL(/\/aplikasi\/\d+\?saved=1/);
    const apis = (await page.textContent('#apis + *, section[aria-labelledby=apis]')) ?? '';
    expect(apis).toContain('API Data Pegawai');
    expect(apis).toContain('SPLP');

    await page.goto(`${appUrl}/ubah`);
    await page.fill(
      'textarea[name=description]',
      'Pengelolaan data pokok pegawai, mutasi dan kenaikan pangkat.',
    );
    await page.click('#app-form button[type=submit]');
    await page.waitForURL(/\?saved=1$/);
    expect(await page.textContent('main')).toContain('mutasi');

    await page.click('text=Riwayat');
    await page.waitForURL(/\/riwayat$/);
    const history = (await page.textContent('main')) ?? '';
    expect(history).toContain('didaftarkan');
    expect(history).toContain('diubah');
    expect(history).toContain('Deskripsi');
    expect(history).toContain('Operator Malang');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('relates an application by typing part of a name and choosing "name — agency" from the list', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/login?next=%2Faplikasi%2Fbaru`);
    await page.fill('input[name=email]', 'operator@malangkab.go.id');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('form.stack button[type=submit]');
    await page.waitForURL(`${server.url}/aplikasi/baru`);
    const rel = page.locator('input[name=rel_app]').first();
    await rel.pressSequentially('siasn', { delay: 30 });
    // The datalist fills from the server; its options are what the browser offers.
    await page.waitForFunction(
      () => (document.querySelector('#choices-app')?.children.length ?? 0) > 0,
      null,
      {
        timeout: 10_000,
      },
    );
    const offered = await page.$$eval('#choices-app option', (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    expect(offered).toContain('Sistem Informasi Aparatur Sipil Negara — Badan Kepegawaian Negara');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
