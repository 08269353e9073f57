import { describe, expect, it } from 'vitest';
import { parseSpec } from './domain/spec-import';
import { threadSpecParser } from './spec-parser-node';

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
