import { describe, expect, it } from 'vitest';
import { parseSpec } from './domain/spec-import';
import { TooManyRequests } from './kernel/errors';
import { SPEC_POOL, threadSpecParser } from './spec-parser-node';

/** A large, valid OpenAPI document (~900 KB): hundreds of operations with schemas. */
function bigSpec() {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < 1200; i++) {
    paths[`/sumber${i}/{id}`] = {
      get: {
        summary: `Data sumber ${i}`,
        description: 'Mengambil data '.repeat(20),
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'OK',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { id: { type: 'string' }, nama: { type: 'string' }, nilai: { type: 'number' } },
                },
              },
            },
          },
        },
      },
    };
  }
  return JSON.stringify({ openapi: '3.0.3', info: { title: 'Besar', version: '1' }, paths });
}

describe('spec import on a worker thread', () => {
  it('gives the same result as parsing inline, and reports errors the same way', async () => {
    const parse = threadSpecParser();
    const good = JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'x', version: '1' },
      paths: { '/a': { get: { summary: 'A', responses: { '200': { description: 'OK' } } } } },
    });
    expect(await parse(good)).toEqual(parseSpec(good));
    const bad = 'openapi: "3.0.3"\ninfo: [\n';
    const result = await parse(bad);
    expect(result.ok).toBe(false);
    expect(result).toEqual(parseSpec(bad));
  }, 30_000);

  it('leaves the main thread free while a large document is parsed', async () => {
    const parse = threadSpecParser();
    await parse('{}'); // start the thread
    const content = bigSpec();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const started = performance.now();
    const result = await parse(content);
    const elapsed = performance.now() - started;
    clearInterval(timer);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.operations).toHaveLength(1200);
    // The timer kept firing while the thread worked: the event loop was never blocked for long.
    expect(ticks).toBeGreaterThan(Math.floor(elapsed / 5 / 4));
  }, 60_000);
});

/** ~1 MiB of YAML flow sequences nested 98 deep: valid, but ~17 s of parsing on this machine. */
function hostileSpec() {
  const item = `  - ${'['.repeat(98)}1${']'.repeat(98)}`;
  const lines = ['openapi: 3.0.3', 'info: {title: x, version: "1"}', 'paths: {}', 'x-junk:'];
  for (let size = 0; size < 1_000_000; size += item.length + 1) lines.push(item);
  return lines.join('\n');
}

const small = (title: string) =>
  JSON.stringify({
    openapi: '3.0.3',
    info: { title, version: '1' },
    paths: { '/a': { get: { summary: 'A', responses: { '200': { description: 'OK' } } } } },
  });

describe('bounded spec parsing', () => {
  it('refuses a hostile document within the time limit while other imports proceed, then carries on', async () => {
    const parse = threadSpecParser(); // the production limits
    const done: string[] = [];
    const hostile = parse(hostileSpec(), 'user:1').then((r) => {
      done.push('hostile');
      return r;
    });
    const others = Array.from({ length: 3 }, (_, i) =>
      parse(small(`lain ${i}`), `user:${10 + i}`).then((r) => {
        done.push(`other ${i}`);
        return r;
      }),
    );
    const results = await Promise.all(others);
    expect(results.every((r) => r.ok)).toBe(true);
    const refused = await hostile;
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.errors[0]!.message).toBe('the document took longer than 4 s to read; simplify it');
    expect(done).toEqual(['other 0', 'other 1', 'other 2', 'hostile']);
    // The terminated thread was replaced: the same account imports again.
    expect((await parse(small('lagi'), 'user:1')).ok).toBe(true);
    expect(SPEC_POOL.timeoutMs).toBeLessThan(5000);
  }, 60_000);

  it('runs at most one import per account at a time', async () => {
    const parse = threadSpecParser({ timeoutMs: 1000 });
    const first = parse(hostileSpec(), 'user:7');
    const second = await parse(small('kedua'), 'user:7').then(
      () => null,
      (e: unknown) => e,
    );
    expect(second).toBeInstanceOf(TooManyRequests);
    expect((second as TooManyRequests).retryAt.getTime()).toBeGreaterThan(Date.now());
    expect((await parse(small('akun lain'), 'user:8')).ok).toBe(true);
    expect((await first).ok).toBe(false);
    expect((await parse(small('setelahnya'), 'user:7')).ok).toBe(true);
  }, 60_000);
});
