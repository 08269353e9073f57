import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/app';

type Doc = {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      { parameters?: { name: string; in: string; schema?: unknown }[]; responses: Record<string, unknown> }
    >
  >;
  components: { schemas: Record<string, unknown> };
};

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) refs(n, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document whose references all resolve', async () => {
    const { app } = await createTestApp({ data: 'empty' });
    const res = await app.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    for (const r of refs(doc)) {
      const name = r.replace('#/components/schemas/', '');
      expect(doc.components.schemas, `unresolved ${r}`).toHaveProperty(name);
    }
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(op.responses, `${method} ${path}`).toHaveProperty('200');
        for (const p of op.parameters ?? []) expect(p.schema, `${path} ${p.name}`).toBeDefined();
        const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const declared = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        expect(declared.sort()).toEqual(templated.sort());
      }
    }
  });

  it('describes exactly the routes the API serves, so a new route cannot be forgotten', async () => {
    const { app } = await createTestApp({ data: 'empty' });
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as Doc;
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    const served = [
      ...new Set(
        app.routes
          .filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL' && !r.path.includes('*'))
          .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
      ),
    ].sort();
    expect(served).toEqual(documented);
  });
});
