import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app';
import { addSearchFixtures } from '../../../test/support/search';
import { type MessageKey, translator } from '../../kernel/i18n';

async function setup() {
  const t = await createTestApp();
  return { ...t, ...(await addSearchFixtures(t.db)) };
}

const htmx = { 'HX-Request': 'true', 'HX-Current-URL': 'http://localhost/cari' };

describe('GET /cari', () => {
  it('is a plain GET form that works without JavaScript, linked from the navigation', async () => {
    const { app } = await setup();
    const res = await app.request('/cari');
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain('<h1>Cari di katalog</h1>');
    expect(body).toMatch(/<form[^>]*method="get"[^>]*action="\/cari"/);
    expect(body).toContain('<input type="search" name="q"');
    expect(body).toContain('<button type="submit">Cari</button>');
    expect(body).toMatch(/<a href="\/cari" aria-current="page">Cari<\/a>/);
    // Nothing asked yet: a hint, no results.
    expect(body).not.toContain('<ol class="cards">');
    expect(body).toContain('Hasil muncul selagi Anda mengetik');
  });

  it('shows results with the matched words highlighted, and the kinds with counts', async () => {
    const { app } = await setup();
    const body = await (await app.request('/cari?q=srikandi')).text();
    expect(body).toContain('<mark>SRIKANDI</mark>');
    expect(body).toContain('href="/aplikasi/');
    expect(body).toMatch(/href="\/cari\?q=srikandi&amp;type=application">Aplikasi \(1\)<\/a>/);
    expect(body).toContain('value="srikandi"');
  });

  it('says which query it answered when the typed one had a typo, in the page’s language', async () => {
    const { app } = await setup();
    const id = await (await app.request('/cari?q=srikandy')).text();
    expect(id).toContain('Tidak ada yang cocok dengan “srikandy”. Menampilkan hasil untuk “srikandi”.');
    expect(id).toContain('<mark>SRIKANDI</mark>');
    const en = await (await app.request('/cari?q=srikandy&lang=en')).text();
    expect(en).toContain('Nothing matches “srikandy”. Showing results for “srikandi”.');
  });

  it('marks national services that are not Aplikasi Umum', async () => {
    const { app } = await setup();
    const body = await (await app.request('/cari?q=pencatatan%20sipil&type=application')).text();
    expect(body).toContain('Sistem Informasi Administrasi Kependudukan Terpusat</a>');
    expect(body).toContain('<span class="badge shared">Layanan nasional</span>');
  });

  it('links API results to the API page and operations to their API', async () => {
    const { app, englishApi } = await setup();
    const body = await (await app.request('/cari?q=employee&protocol=rest')).text();
    expect(body).toContain(`href="/katalog-api/${englishApi}"`);
    expect(body).toContain('<mark>Employee</mark> Records API');
    expect(body).toContain('GET /v1/<mark>employees</mark>');
  });

  it('escapes names and descriptions: markup in the catalogue is shown, never run', async () => {
    const { app, markup } = await setup();
    for (const q of ['zebra', 'script alert']) {
      const body = await (await app.request(`/cari?q=${encodeURIComponent(q)}`)).text();
      expect(body, q).toContain(`href="/aplikasi/${markup}"`);
      expect(body, q).not.toContain('<script>alert');
      expect(body, q).not.toContain('<b>tebal');
      expect(body, q).toMatch(/Portal &lt;(<mark>script<\/mark>|script)&gt;/);
    }
    const body = await (await app.request('/cari?q=zebra')).text();
    expect(body).toContain('&lt;/script&gt; <mark>Zebra</mark>');
    expect(body).toContain('&lt;b&gt;tebal&lt;/b&gt; &amp; &quot;kutip&quot; untuk <mark>Zebra</mark>');
  });

  it('answers htmx with the results fragment only, and says responses vary by HX-Request', async () => {
    const { app } = await setup();
    const full = await app.request('/cari?q=pegawai');
    expect(full.headers.get('vary')).toContain('HX-Request');
    const fullBody = await full.text();
    expect(fullBody).toMatch(/^<!DOCTYPE html>|^<html/);
    expect(fullBody).toContain('<form');

    const part = await app.request('/cari?q=pegawai', { headers: htmx });
    expect(part.status).toBe(200);
    expect(part.headers.get('vary')).toContain('HX-Request');
    const partBody = await part.text();
    expect(partBody.startsWith('<section id="results"')).toBe(true);
    expect(partBody).not.toContain('<html');
    expect(partBody).not.toContain('<form');
    expect(partBody).toContain('<ol class="cards">');
  });

  it('sends the whole page to a boosted navigation or a history restore', async () => {
    const { app } = await setup();
    for (const extra of [{ 'HX-Boosted': 'true' }, { 'HX-History-Restore-Request': 'true' }] as Record<
      string,
      string
    >[]) {
      const body = await (await app.request('/cari?q=pegawai', { headers: { ...htmx, ...extra } })).text();
      expect(body).toContain('<html');
    }
  });

  it('searches as you type: the form refreshes the results through htmx, newest request wins', async () => {
    const { app } = await setup();
    const body = await (await app.request('/cari')).text();
    const form = body.match(/<form[^>]*class="filters"[^>]*>/)![0];
    expect(form).toContain('hx-get="/cari"');
    expect(form).toContain('hx-target="#results"');
    expect(form).toContain('hx-select="#results"');
    expect(form).toContain('hx-push-url="true"');
    expect(form).toContain('hx-sync="this:replace"');
    expect(form).toMatch(/hx-trigger="input changed delay:\d+ms from:find input\[type=search\]/);
  });

  it('keeps facets in the URL and offers counts as links', async () => {
    const { app } = await setup();
    const body = await (await app.request('/cari?q=pegawai&agency=35.07')).text();
    expect(body).toContain('value="35.07"');
    expect(body).toContain('Kabupaten Malang');
    expect(body).toMatch(/href="\/cari\?q=pegawai">\(hapus\)<\/a>/);
    expect(body).toMatch(/href="\/cari\?q=pegawai&amp;agency=35\.07&amp;protocol=soap">SOAP<\/a> \(\d+\)/);
  });

  it('never shows drafts or proposals', async () => {
    const { app } = await setup();
    const body = await (await app.request('/cari?q=kuda+laut')).text();
    expect(body).not.toContain('Kuda Laut');
    expect(body).toContain('Tidak ada yang cocok');
  });

  it.each([
    ['agency=ZZZ', 'agency'],
    ['dataEntity=RAD.99.99.99', 'dataEntity'],
    ['function=RAB.99.99.99', 'function'],
    ['protocol=ftp', 'protocol'],
    ['splp=ya', 'splp'],
    ['status=draft', 'status'],
    ['type=planet', 'type'],
  ])('answers a bad facet (%s) with the page naming the field', async (query, field) => {
    const { app } = await setup();
    const res = await app.request(`/cari?q=pegawai&${query}`);
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).toContain('role="alert"');
    const label = `<strong>${translator('id')(`fieldLabel.${field}` as MessageKey)}: </strong>`;
    expect(body).toContain(label);
    expect(body).toContain('<h1>Cari di katalog</h1>');
    // With htmx, 422: app.js lets htmx swap it, so the message shows beside the form.
    const part = await app.request(`/cari?q=pegawai&${query}`, { headers: htmx });
    expect(part.status).toBe(422);
    expect(await part.text()).toContain(label);
  });

  it('speaks English when asked', async () => {
    const { app } = await setup();
    const body = await (await app.request('/cari?q=pegawai&lang=en')).text();
    expect(body).toContain('<h1>Search the catalogue</h1>');
    expect(body).toMatch(/<a href="\/cari"[^>]*>Search<\/a>/);
  });
});
