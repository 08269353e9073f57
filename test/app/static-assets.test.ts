import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, renderAssetsModule } from '../../scripts/build-assets';
import { createTestApp } from '../support/app';

describe('embedded static assets', () => {
  it('are in step with views/static and htmx (run `npm run build:assets` if this fails)', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(renderAssetsModule());
  });

  it('serves htmx 2 from the app itself, cacheable forever under its hash', async () => {
    const { app } = await createTestApp({ data: 'empty' });
    const page = await (await app.request('/aplikasi-umum')).text();
    const src = page.match(/src="(\/static\/[0-9a-f]{10}\/htmx\.min\.js)"/)?.[1];
    expect(src).toBeDefined();
    const res = await app.request(src!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.text()).toContain('htmx');
  });

  it('answers 404 for an unknown asset', async () => {
    const { app } = await createTestApp({ data: 'empty' });
    expect((await app.request('/static/0000000000/nope.js')).status).toBe(404);
  });
});
