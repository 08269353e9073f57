import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { describe, expect, it } from 'vitest';
import { nodeDigest } from '../digest-node';
import type { AppEnv } from '../env';
import { type Digest, publicCaching, webDigest } from './cache';

const sha1 = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex');

/** A digest that records what it was given: the rendered text (a string) or the bytes read back. */
function recording() {
  const seen: ('text' | 'bytes')[] = [];
  const digest: Digest = (body) => {
    seen.push(typeof body === 'string' ? 'text' : 'bytes');
    return nodeDigest(body);
  };
  return { seen, digest };
}

function appWith(digest: Digest) {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('user', null);
    await next();
  });
  app.use(publicCaching(60, digest));
  // A page with a part rendered asynchronously, as JSX with an async component renders.
  const slow = async () => html`<b>dimuat</b>`;
  app.get('/json', (c) => c.json({ nama: 'SRIKANDI — Aplikasi Umum', n: 1 }));
  app.get('/page', (c) => c.html(html`<p>Naskah dinas ${slow()}</p>`));
  app.get('/own-headers', (c) => c.json({ ok: true }, 200, { 'X-Extra': 'ya' }));
  // A middleware that rebuilds the response after the route rendered it: the body is read back.
  app.get('/rebuilt-json', async (c, next) => {
    await next();
    c.res = new Response(await c.res.text(), { headers: c.res.headers });
  });
  app.get('/rebuilt-json', (c) => c.json({ dibangun: 'ulang' }));
  return app;
}

describe('publicCaching', () => {
  it('tags a JSON answer with the SHA-1 of the text the route rendered, without reading it back', async () => {
    const { seen, digest } = recording();
    const res = await appWith(digest).request('/json');
    const body = await res.text();
    expect(body).toBe(JSON.stringify({ nama: 'SRIKANDI — Aplikasi Umum', n: 1 }));
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.headers.get('ETag')).toBe(`"${sha1(body)}"`);
    expect(seen).toEqual(['text']);
  });

  it('does the same for a page rendered from JSX with an async component', async () => {
    const { seen, digest } = recording();
    const res = await appWith(digest).request('/page');
    const body = await res.text();
    expect(body).toBe('<p>Naskah dinas <b>dimuat</b></p>');
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=UTF-8');
    expect(res.headers.get('ETag')).toBe(`"${sha1(body)}"`);
    expect(seen).toEqual(['text']);
  });

  it("keeps the route's own status and headers", async () => {
    const res = await appWith(nodeDigest).request('/own-headers');
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Extra')).toBe('ya');
    expect(await res.json()).toEqual({ ok: true });
  });

  it('reads the body back when the response was rebuilt after rendering, with the same tag', async () => {
    const { seen, digest } = recording();
    const res = await appWith(digest).request('/rebuilt-json');
    const body = await res.text();
    expect(body).toBe('{"dibangun":"ulang"}');
    expect(res.headers.get('ETag')).toBe(`"${sha1(body)}"`);
    expect(seen).toEqual(['bytes']);
  });

  it('answers 304 to the tag of the rendered text', async () => {
    const app = appWith(nodeDigest);
    const first = await app.request('/page');
    const tag = first.headers.get('ETag')!;
    const again = await app.request('/page', { headers: { 'If-None-Match': tag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });
});

describe('digests', () => {
  it('gives the same hex SHA-1 on Node and with Web Crypto, for text and for its bytes', async () => {
    const text = 'Sistem Informasi Kepegawaian — ASN ✓';
    const bytes = new TextEncoder().encode(text);
    const expected = sha1(text);
    expect(nodeDigest(text)).toBe(expected);
    expect(nodeDigest(bytes)).toBe(expected);
    expect(await webDigest(text)).toBe(expected);
    expect(await webDigest(bytes)).toBe(expected);
  });
});
