import { describe, expect, it } from 'vitest';
import { createTestApp, getPage } from '../../../test/support/app';
import { registryFixture } from '../../../test/support/auth';

describe('the API catalogue at /katalog-api', () => {
  it('lists published APIs with their owner, linked from the navigation', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const page = await getPage(app, '/katalog-api');
    expect(page).toContain('<h1>Katalog API</h1>');
    expect(page).toContain(`href="/katalog-api/${fx.api.id}"`);
    expect(page).toContain('API Surat');
    expect(page).toContain('Aplikasi Surat Malang');
    // In the navigation of every page, marked as the current one here.
    expect(page).toMatch(/<a href="\/katalog-api" aria-current="page">Katalog API<\/a>/);
    expect(await getPage(app, '/aplikasi')).toContain('<a href="/katalog-api">Katalog API</a>');
  });

  it('filters as the API list does, without JavaScript (a GET form) and as an htmx fragment', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    expect(await getPage(app, '/katalog-api?protocol=rest&access=terbatas')).toContain(
      `href="/katalog-api/${fx.api.id}"`,
    );
    const none = await getPage(app, '/katalog-api?protocol=soap');
    expect(none).not.toContain(`href="/katalog-api/${fx.api.id}"`);
    expect(none).toContain('Tidak ada API yang cocok');
    const fragment = await getPage(app, '/katalog-api?q=surat', 200, { 'HX-Request': 'true' });
    expect(fragment).not.toContain('<html');
    expect(fragment).toContain('API Surat');
  });

  it('names a bad filter next to the filters, in the page’s language', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/katalog-api?protocol=telegram&lang=en');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<strong>Protocol: </strong>');
    expect(html).toContain('<h1>API Catalogue</h1>');
  });
});
