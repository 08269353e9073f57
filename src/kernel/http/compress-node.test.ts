/**
 * The Node entry point's compression (compress-node.ts): whole bodies in one zlib call, long and
 * streamed ones as a stream, and the same rules as Hono's compress() for what is left alone.
 */
import { gunzipSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressResponse, THRESHOLD, WHOLE_MAX, withCompression } from './compress-node';

const html = `<!doctype html><p>${'Katalog Aplikasi SPBE '.repeat(200)}</p>`;
const req = (headers: Record<string, string> = { 'Accept-Encoding': 'gzip, deflate, br' }, method = 'GET') =>
  new Request('http://localhost/aplikasi', { headers, method });
const page = (body: BodyInit | null = html, headers: Record<string, string> = {}, status = 200) =>
  new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=UTF-8', ETag: '"abc"', ...headers },
  });
const bytes = async (r: Response) => Buffer.from(await r.arrayBuffer());

describe('compression at the Node entry point', () => {
  it('gzips a page whole, keeps status and headers, adds Vary and weakens the ETag', async () => {
    const res = await compressResponse(req(), page(html, { Vary: 'Cookie', 'Set-Cookie': 'lang=id' }, 201));
    expect(res.status).toBe(201);
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
    expect(res.headers.get('Vary')).toBe('Cookie, Accept-Encoding');
    expect(res.headers.get('ETag')).toBe('W/"abc"');
    expect(res.headers.get('Set-Cookie')).toBe('lang=id');
    const body = await bytes(res);
    expect(body.byteLength).toBeLessThan(html.length / 5);
    expect(gunzipSync(body).toString('utf8')).toBe(html);
  });

  it('chooses by Accept-Encoding: gzip first, deflate when only it is accepted, none when refused', async () => {
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('deflate, gzip;q=0.5')).toBe('deflate');
    expect(chooseEncoding('br, *;q=0.1')).toBe('gzip');
    expect(chooseEncoding('gzip;q=0, deflate;q=0')).toBeNull();
    expect(chooseEncoding(null)).toBeNull();
    const deflated = await compressResponse(req({ 'Accept-Encoding': 'deflate' }), page());
    expect(deflated.headers.get('Content-Encoding')).toBe('deflate');
    expect(inflateSync(await bytes(deflated)).toString('utf8')).toBe(html);
    const plain = await compressResponse(req({}), page());
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(plain.headers.get('Vary')).toBe('Accept-Encoding');
    expect(plain.headers.get('ETag')).toBe('"abc"');
    expect(await plain.text()).toBe(html);
  });

  it('leaves alone what compress() left alone', async () => {
    const cases: [string, Request, Response][] = [
      ['HEAD', req(undefined, 'HEAD'), page(null)],
      ['304', req(), page(null, {}, 304)],
      ['already encoded', req(), page(html, { 'Content-Encoding': 'gzip' })],
      ['no-transform', req(), page(html, { 'Cache-Control': 'public, no-transform' })],
      ['not compressible', req(), new Response(html, { headers: { 'Content-Type': 'image/png' } })],
      ['declared small', req(), page('kecil', { 'Content-Length': '5' })],
    ];
    for (const [name, request, response] of cases) {
      const res = await compressResponse(request, response);
      expect(res, name).toBe(response);
    }
    // Small without a declared length: read, then sent as it was.
    const small = await compressResponse(req(), page('<p>kecil</p>'));
    expect(small.headers.get('Content-Encoding')).toBeNull();
    expect(await small.text()).toBe('<p>kecil</p>');
    expect(THRESHOLD).toBeGreaterThan('<p>kecil</p>'.length);
  });

  it('compresses a long streamed body as a stream, every byte in order, without waiting for its end', async () => {
    const chunk = new TextEncoder().encode(`${'1,Aplikasi,Kabupaten Sleman\r\n'.repeat(4000)}`);
    const chunks = Math.ceil((WHOLE_MAX * 2) / chunk.byteLength);
    let pulled = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const source = new ReadableStream<Uint8Array>({
      async pull(controller) {
        // The last chunk waits until the answer has been handed over: nothing buffers the whole.
        if (pulled === chunks - 1) await gate;
        controller.enqueue(chunk);
        if (++pulled === chunks) controller.close();
      },
    });
    const res = await compressResponse(
      req(),
      new Response(source, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } }),
    );
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
    expect(pulled).toBeLessThan(chunks);
    release();
    const body = gunzipSync(await bytes(res));
    expect(body.byteLength).toBe(chunk.byteLength * chunks);
    expect(body.subarray(0, 40).toString('utf8')).toBe(Buffer.from(chunk.subarray(0, 40)).toString('utf8'));
  });

  it('wraps a fetch handler, passing its other arguments through', async () => {
    const seen: unknown[] = [];
    const fetch = withCompression((_r: Request, env: { id: number }) => {
      seen.push(env);
      return page();
    });
    const res = await fetch(req(), { id: 7 } as never);
    expect(seen).toEqual([{ id: 7 }]);
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
  });
});
