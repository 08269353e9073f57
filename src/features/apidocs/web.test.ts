import { describe, expect, it } from 'vitest';
import { createTestApp, getPage } from '../../../test/support/app';

interface Doc {
  paths: Record<string, Record<string, { operationId: string; summary: string }>>;
}

async function documentOf(app: Awaited<ReturnType<typeof createTestApp>>['app']) {
  return (await (await app.request('/api/v1/openapi.json')).json()) as Doc;
}

describe('/api/v1/docs: the API reference', () => {
  it('shows every operation of the OpenAPI document, each with its method, path and answers', async () => {
    const { app } = await createTestApp({ data: 'empty' });
    const doc = await documentOf(app);
    const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ path, method, op })),
    );
    expect(ops.length).toBeGreaterThan(30);
    const html = await getPage(app, '/api/v1/docs');
    expect(html.match(/<article class="doc-op"/g)?.length).toBe(ops.length);
    for (const { path, method, op } of ops) {
      const start = html.indexOf(`id="op-${op.operationId}"`);
      expect(start, op.operationId).toBeGreaterThan(0);
      const article = html.slice(start, html.indexOf('</article>', start));
      expect(article).toContain(`>${method.toUpperCase()}</span>`);
      expect(article).toContain(`<code class="doc-path">${path}</code>`);
      expect(article).toContain('class="doc-status s');
    }
    // The page's own words in Bahasa Indonesia; parameters, the body and schema links shown.
    expect(html).toContain('<html lang="id"');
    expect(html).toContain('<h4>Parameter</h4>');
    expect(html).toContain('Isi permintaan');
    expect(html).toContain('href="#schema-Application"');
    expect(html).toContain('id="schema-Application"');
    expect(html).toContain('<span class="doc-in">di kueri</span>');
    expect(html).toContain('Memerlukan token API pribadi');
    // The document's English texts are marked as English.
    expect(html).toContain('<strong lang="en">Replace an application’s fields and links');
  });

  it('speaks English when the site was switched to English (cookie) or asked with ?lang=en', async () => {
    const { app } = await createTestApp({ data: 'empty' });
    for (const init of [
      { path: '/api/v1/docs', headers: { Cookie: 'lang=en' } },
      { path: '/api/v1/docs?lang=en' },
    ]) {
      const html = await getPage(app, init.path, 200, init.headers);
      expect(html).toContain('<html lang="en"');
      expect(html).toContain('<h4>Parameters</h4>');
      expect(html).not.toContain('Isi permintaan');
    }
  });

  it('is reached from the footer of every page', async () => {
    const { app } = await createTestApp({ data: 'empty' });
    expect(await getPage(app, '/')).toContain('href="/api/v1/docs"');
  });

  it('sends a "try it" form on to the operation, path parameters filled in', async () => {
    const { app } = await createTestApp({ data: 'empty' });
    const html = await getPage(app, '/api/v1/docs');
    expect(html).toContain('<input type="hidden" name="_op" value="getApplication"/>');
    const res = await app.request('/api/v1/docs/coba?_op=getApplication&id=42');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/api/v1/applications/42');
    const list = await app.request('/api/v1/docs/coba?_op=listApplications&q=simpeg&pageSize=&page=2');
    expect(list.headers.get('location')).toBe('/api/v1/applications?page=2&q=simpeg');
  });

  it('refuses a "try it" with a missing path parameter or an operation that needs a token', async () => {
    const { app } = await createTestApp({ data: 'empty' });
    for (const path of [
      '/api/v1/docs/coba?_op=getApplication&id=',
      '/api/v1/docs/coba?_op=createApplication',
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(400);
      expect(await res.text()).toContain('parameter jalur belum diisi');
    }
  });
});
