import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { withCompression } from '../../src/kernel/http/compress-node';
import { nativeHasher } from '../../src/kernel/password-node';
import { createTestApp } from '../support/app';
import { makeActor } from '../support/auth';

describe('HTTP caching of anonymous reads', () => {
  it('answers an unchanged public page 304 to If-None-Match, with the same validator', async () => {
    const { app } = await createTestApp();
    const first = await app.request('/aplikasi');
    expect(first.status).toBe(200);
    const tag = first.headers.get('ETag');
    expect(tag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=60');
    expect(first.headers.get('Vary')).toContain('Cookie');
    expect(await first.text()).toContain('<html');

    const again = await app.request('/aplikasi', { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('ETag')).toBe(tag);
    expect(again.headers.get('Cache-Control')).toBe('public, max-age=60');

    const other = await app.request('/aplikasi', { headers: { 'If-None-Match': '"0000"' } });
    expect(other.status).toBe(200);
  });

  it('gives API reads a validator that changes when the data does', async () => {
    const { app, db } = await createTestApp();
    const first = await app.request('/api/v1/applications?category=umum');
    expect(first.status).toBe(200);
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=60');
    expect(first.headers.get('Vary')).toContain('Accept-Language');
    const tag = first.headers.get('ETag')!;
    expect(
      (await app.request('/api/v1/applications?category=umum', { headers: { 'If-None-Match': tag } })).status,
    ).toBe(304);

    await db.$client.execute("update applications set name = name || ' (baru)' where category = 'umum'");
    const changed = await app.request('/api/v1/applications?category=umum', {
      headers: { 'If-None-Match': tag },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).not.toBe(tag);
  });

  it('never marks a signed-in page public and never answers it from a validator', async () => {
    const { app, db } = await createTestApp();
    const op = await makeActor(db, 'operator', '35.07', 'op@malang.go.id');
    const res = await app.request('/aplikasi', { headers: { Cookie: op.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(res.headers.get('ETag')).toBeNull();
    const anon = await app.request('/aplikasi');
    const replay = await app.request('/aplikasi', {
      headers: { Cookie: op.cookie, 'If-None-Match': anon.headers.get('ETag')! },
    });
    expect(replay.status).toBe(200);
  });

  it('does not share a response that sets the language cookie', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/aplikasi?lang=en');
    expect(res.headers.get('Set-Cookie')).toContain('lang=en');
    expect(res.headers.get('Cache-Control')).toBe('private, no-cache');
  });

  it('compresses HTML and JSON at the Node entry point, its tag weak but still validating', async () => {
    const { db, config } = await createTestApp();
    const fetch = withCompression(createApp({ db, config, passwords: nativeHasher, compress: true }).fetch);
    const app = {
      request: (path: string, init?: RequestInit) => fetch(new Request(`http://localhost${path}`, init)),
    };
    const plain = await app.request('/aplikasi');
    const zipped = await app.request('/aplikasi', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    // Same content, another encoding: the tag turns weak, and still validates the plain one.
    expect(zipped.headers.get('ETag')).toBe(`W/${plain.headers.get('ETag')}`);
    const body = gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8');
    expect(body).toBe(await plain.text());
    const json = await app.request('/api/v1/agencies', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(json.headers.get('Content-Encoding')).toBe('gzip');
    const revalidated = await app.request('/aplikasi', {
      headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': zipped.headers.get('ETag')! },
    });
    expect(revalidated.status).toBe(304);
  });

  it('sends the app itself uncompressed (Workers, where the platform compresses)', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/aplikasi', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('Content-Encoding')).toBeNull();
  });
});
