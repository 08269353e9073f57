import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { bodyLimit } from './body-limit';

/** An app that echoes the body's length, behind a 10-byte limit. */
function app() {
  const a = new Hono();
  a.post('/', bodyLimit({ maxSize: 10, onError: (c) => c.text('too large', 413) }), async (c) =>
    c.text(`got ${(await c.req.text()).length}`),
  );
  return a;
}

/** A body the Request cannot measure: sent chunked, as a stream. */
const streamed = (text: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });

describe('bodyLimit', () => {
  it('refuses a declared length over the limit before anything reads the body', async () => {
    let pulled = false;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled = true;
          controller.enqueue(new TextEncoder().encode('x'.repeat(50)));
          controller.close();
        },
      },
      // Pulled only when read.
      { highWaterMark: 0 },
    );
    const res = await app().request('/', {
      method: 'POST',
      body,
      headers: { 'Content-Length': '50' },
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.text()).toBe('too large');
    expect(pulled).toBe(false);
  });

  it('passes a declared length within the limit, body intact', async () => {
    const res = await app().request('/', {
      method: 'POST',
      body: 'abcdefghij',
      headers: { 'Content-Length': '10' },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('got 10');
  });

  it('counts a body without a declared length as it streams', async () => {
    const init = (text: string) => ({ method: 'POST', body: streamed(text), duplex: 'half' }) as RequestInit;
    const over = await app().request('/', init('x'.repeat(11)));
    expect(over.status).toBe(413);
    const within = await app().request('/', init('x'.repeat(9)));
    expect(await within.text()).toBe('got 9');
  });
});
