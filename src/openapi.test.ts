import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/support/app';
import { registryFixture } from '../test/support/auth';
import { createTestDb } from '../test/support/db';
import { addPublicationFixtures } from '../test/support/publication';
import { createApp } from './app';
import { parseConfig } from './config';
import { AgencyCodeParam, DataEntityCodeParam, FunctionCodeParam } from './features/catalogue/params';
import {
  AgencyListQuery,
  ApplicationListQuery,
  DataEntityListQuery,
  FunctionListQuery,
  IdParam,
  ReferenceDomainParam,
} from './features/catalogue/schemas';
import { ApiSearchQuery, SearchQuery } from './features/search/schemas';
import { nativeHasher } from './kernel/password-node';
import type { OpenApiDocument, ParameterObject, SchemaObject } from './openapi';

// No OpenAPI validator package is installed, so the document is checked here: its structure,
// its references, its agreement with the registered routes and the valibot schemas, and every
// documented response against what the API actually answers.

async function fetchDoc() {
  const { app } = await createTestApp({ data: 'empty' });
  const res = await app.request('/api/v1/openapi.json');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return { app, doc: (await res.json()) as OpenApiDocument };
}

function operations(doc: OpenApiDocument) {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op })),
  );
}

/** Every node that is a JSON Schema, with where it sits. */
function schemaNodes(doc: OpenApiDocument): [string, SchemaObject][] {
  const out: [string, SchemaObject][] = [];
  const walk = (s: SchemaObject, at: string) => {
    out.push([at, s]);
    for (const [k, p] of Object.entries(s.properties ?? {})) walk(p, `${at}.properties.${k}`);
    if (s.items) walk(s.items, `${at}.items`);
    for (const [i, a] of (s.anyOf ?? []).entries()) walk(a, `${at}.anyOf[${i}]`);
  };
  for (const [name, s] of Object.entries(doc.components.schemas)) walk(s, `#/components/schemas/${name}`);
  for (const { path, method, op } of operations(doc)) {
    for (const p of op.parameters ?? []) walk(p.schema, `${method} ${path} ${p.name}`);
    for (const [type, media] of Object.entries(op.requestBody?.content ?? {}))
      walk(media.schema, `${method} ${path} body ${type}`);
    for (const [status, r] of Object.entries(op.responses)) {
      for (const [type, media] of Object.entries(r.content ?? {}))
        walk(media.schema, `${method} ${path} ${status} ${type}`);
      for (const [h, header] of Object.entries(r.headers ?? {}))
        walk(header.schema, `${method} ${path} ${status} ${h}`);
    }
  }
  return out;
}

const SCHEMA_KEYWORDS = new Set([
  '$ref',
  'type',
  'description',
  'properties',
  'required',
  'items',
  'anyOf',
  'enum',
  'format',
  'pattern',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'maxItems',
  'default',
]);
const JSON_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'object', 'array', 'null']);

describe('GET /api/v1/openapi.json', () => {
  it('is a well-formed OpenAPI 3.1 document', async () => {
    const { doc } = await fetchDoc();
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    expect(doc.servers).toEqual([{ url: '/' }]);
    const ids = operations(doc).map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const tags = new Set(doc.tags.map((t) => t.name));

    for (const { path, method, op } of operations(doc)) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(path, where).toMatch(/^\/api\/v1\//);
      if (op.tags.includes('registry')) {
        // Writes need a token (or a session); the registry's reads say so too where they do.
        if (method !== 'get') expect(op.security, `${where}: security`).toEqual([{ token: [] }]);
      } else {
        // Catalogue reads are GET; the one write-free POST is the overlap check, which takes a body.
        expect(method, where).toBe(path === '/api/v1/overlap' ? 'post' : 'get');
      }
      expect(op.summary, where).toBeTruthy();
      for (const t of op.tags) expect(tags.has(t), `${where}: tag ${t}`).toBe(true);

      const params = op.parameters ?? [];
      const keys = params.map((p) => `${p.in}:${p.name}`);
      expect(new Set(keys).size, `${where}: duplicate parameters`).toBe(keys.length);
      for (const p of params) {
        expect(['query', 'path'], `${where} ${p.name}`).toContain(p.in);
        expect(p.schema, `${where} ${p.name}: schema`).toBeTypeOf('object');
        expect(p.description, `${where} ${p.name}: description`).toBeTruthy();
        if (p.in === 'path')
          expect(p.required, `${where} ${p.name}: path parameters are required`).toBe(true);
      }
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = params
        .filter((p) => p.in === 'path')
        .map((p) => p.name)
        .sort();
      expect(declared, `${where}: path parameters`).toEqual(templated);

      expect(
        Object.keys(op.responses).filter((k) => k.startsWith('2')),
        where,
      ).toHaveLength(1);
      for (const [status, r] of Object.entries(op.responses)) {
        expect(status, where).toMatch(/^[1-5]\d\d$/);
        expect(r.description, `${where} ${status}`).toBeTruthy();
        const types = Object.keys(r.content ?? {});
        if (status === '204') expect(types, `${where} ${status}`).toEqual([]);
        else if (status.startsWith('2')) expect(types, `${where} ${status}`).toEqual(['application/json']);
        else {
          expect(types, `${where} ${status}`).toEqual(['application/problem+json']);
          expect(r.content!['application/problem+json']!.schema).toEqual({
            $ref: '#/components/schemas/Problem',
          });
        }
      }
    }
  });

  it('uses only JSON Schema keywords it means, with valid values, and every $ref resolves', async () => {
    const { doc } = await fetchDoc();
    const referenced = new Set<string>();
    for (const [at, s] of schemaNodes(doc)) {
      for (const k of Object.keys(s)) expect(SCHEMA_KEYWORDS.has(k), `${at}: keyword ${k}`).toBe(true);
      if (s.type) expect(JSON_TYPES.has(s.type), `${at}: type ${s.type}`).toBe(true);
      if (s.$ref) {
        expect(Object.keys(s), `${at}: $ref with siblings`).toEqual(['$ref']);
        const name = s.$ref.replace(/^#\/components\/schemas\//, '');
        expect(doc.components.schemas, `${at}: unresolved ${s.$ref}`).toHaveProperty(name);
        referenced.add(name);
      }
      if (s.enum) {
        expect(s.enum.length, `${at}: empty enum`).toBeGreaterThan(0);
        expect(new Set(s.enum).size, `${at}: repeated enum value`).toBe(s.enum.length);
      }
      if (s.pattern) expect(() => new RegExp(s.pattern!, 'u'), at).not.toThrow();
      if (s.required) {
        expect(s.type, `${at}: required on a non-object`).toBe('object');
        for (const r of s.required) expect(s.properties, `${at}: required ${r} undeclared`).toHaveProperty(r);
      }
      if (s.type === 'array') expect(s.items, `${at}: array without items`).toBeDefined();
      if (s.minimum !== undefined && s.maximum !== undefined)
        expect(s.minimum).toBeLessThanOrEqual(s.maximum);
    }
    // No orphans: every component is used by some operation (directly or through another).
    expect([...referenced].sort()).toEqual(Object.keys(doc.components.schemas).sort());
  });

  it('describes exactly the routes the API serves, so a new route cannot be forgotten', async () => {
    const { app, doc } = await fetchDoc();
    const documented = operations(doc)
      .map(({ path, method }) => `${method.toUpperCase()} ${path}`)
      .sort();
    const served = [
      ...new Set(
        app.routes
          .filter((r) => r.path.startsWith('/api/v1') && r.method !== 'ALL')
          .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
      ),
    ].sort();
    expect(served).toEqual(documented);
  });

  it('takes its server URL from PUBLIC_URL when configured', async () => {
    const db = await createTestDb({ data: 'empty' });
    const config = parseConfig({
      SECURE_COOKIES: 'false',
      LOG_REQUESTS: 'false',
      PUBLIC_URL: 'https://katalog.example.go.id',
    });
    const res = await createApp({ db, config, passwords: nativeHasher }).request('/api/v1/openapi.json');
    expect(((await res.json()) as OpenApiDocument).servers).toEqual([
      { url: 'https://katalog.example.go.id' },
    ]);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
  });
});

// ---------------------------------------------------------------------------------------------
// The parameters agree with the valibot schemas the handlers parse with.

/** The parts of a valibot schema object this test reads. */
interface VNode {
  type: string;
  kind?: string;
  wrapped?: VNode;
  default?: unknown;
  pipe?: VNode[];
  options?: readonly string[];
  requirement?: unknown;
  entries?: Record<string, VNode>;
}
const vnode = (s: unknown) => s as VNode;

/** What a valibot schema constrains, in OpenAPI words. */
function constraints(s: VNode): Partial<SchemaObject> {
  const out: Partial<SchemaObject> = {};
  let node = s;
  if (node.type === 'optional') {
    if (node.default !== undefined) out.default = node.default as string;
    node = node.wrapped!;
  }
  for (const step of node.pipe ?? [node]) {
    if (step.type === 'picklist') out.enum = step.options;
    if (step.type === 'min_value') out.minimum = step.requirement as number;
    if (step.type === 'max_value') out.maximum = step.requirement as number;
    if (step.type === 'max_length') out.maxLength = step.requirement as number;
    if (step.type === 'regex') out.pattern = (step.requirement as RegExp).source;
  }
  return out;
}

function documented(p: ParameterObject): Partial<SchemaObject> {
  const { enum: e, minimum, maximum, maxLength, pattern, default: d } = p.schema;
  const out: Partial<SchemaObject> = { enum: e, minimum, maximum, maxLength, pattern };
  if (d !== undefined) out.default = String(d);
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

const QUERY_SCHEMAS = {
  '/api/v1/applications': ApplicationListQuery,
  '/api/v1/agencies': AgencyListQuery,
  '/api/v1/functions': FunctionListQuery,
  '/api/v1/data-entities': DataEntityListQuery,
  '/api/v1/search': SearchQuery,
  '/api/v1/apis': ApiSearchQuery,
};
// `sharedField` is a plain string in the shared schema and checked against the list by the
// service (a test in bad-input.test.ts proves the 400); the document states the list.
const CHECKED_BY_SERVICE = new Set(['/api/v1/functions sharedField']);

describe('the documented parameters match the valibot schemas', () => {
  it.each(Object.entries(QUERY_SCHEMAS))('%s', async (path, schema) => {
    const { doc } = await fetchDoc();
    const params = doc.paths[path]!.get!.parameters!.filter((p) => p.in === 'query');
    const entries = vnode(schema).entries!;
    expect(params.map((p) => p.name).sort()).toEqual(Object.keys(entries).sort());
    for (const p of params) {
      if (CHECKED_BY_SERVICE.has(`${path} ${p.name}`)) continue;
      const expected = constraints(entries[p.name]!);
      // An integer parameter's digits-only regex is how valibot reads a query string as a number.
      if (p.schema.type === 'integer') delete expected.pattern;
      expect(documented(p), `${path} ${p.name}`).toEqual(expected);
    }
  });

  it.each([
    ['/api/v1/agencies/{code}', 'code', AgencyCodeParam],
    ['/api/v1/functions/{code}', 'code', FunctionCodeParam],
    ['/api/v1/data-entities/{code}', 'code', DataEntityCodeParam],
    ['/api/v1/reference/{domain}', 'domain', ReferenceDomainParam],
  ])('%s', async (path, name, schema) => {
    const { doc } = await fetchDoc();
    const p = doc.paths[path]!.get!.parameters!.find((x) => x.name === name)!;
    expect(documented(p)).toEqual(constraints(vnode(schema)));
  });

  it('/api/v1/applications/{id}', async () => {
    const { doc } = await fetchDoc();
    const p = doc.paths['/api/v1/applications/{id}']!.get!.parameters![0]!;
    const digits = Number((constraints(vnode(IdParam)).pattern ?? '').match(/\\d\{1,(\d+)\}/)?.[1]);
    expect(p.schema).toMatchObject({ type: 'integer', minimum: 0, maximum: 10 ** digits - 1 });
  });
});

// ---------------------------------------------------------------------------------------------
// Every documented response is what the API answers, property by property.

type Doc = OpenApiDocument;

/** Validates `value` against a schema of the document; undocumented properties are errors too. */
function validate(doc: Doc, schema: SchemaObject, value: unknown, at = '$'): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return validate(doc, doc.components.schemas[name]!, value, at);
  }
  if (schema.anyOf) {
    const results = schema.anyOf.map((s) => validate(doc, s, value, at));
    return results.some((r) => r.length === 0) ? [] : results.flat();
  }
  const errors: string[] = [];
  const fail = (m: string) => errors.push(`${at}: ${m} (got ${JSON.stringify(value)?.slice(0, 80)})`);
  const t = schema.type;
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (
    (t === 'null' && value !== null) ||
    (t === 'string' && typeof value !== 'string') ||
    (t === 'integer' && !Number.isInteger(value)) ||
    (t === 'number' && typeof value !== 'number') ||
    (t === 'boolean' && typeof value !== 'boolean') ||
    (t === 'array' && !Array.isArray(value)) ||
    (t === 'object' && !isObject)
  ) {
    fail(`not ${t}`);
    return errors;
  }
  if (schema.enum && !schema.enum.includes(value as string)) fail(`not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail(`below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) fail(`above ${schema.maximum}`);
  }
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value))
      fail(`does not match ${schema.pattern}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) fail('too long');
    if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) fail('not a date-time');
    if (schema.format === 'uri-reference' && /\s/.test(value)) fail('not a URI reference');
  }
  if (Array.isArray(value) && schema.items) {
    for (const [i, v] of value.entries()) errors.push(...validate(doc, schema.items, v, `${at}[${i}]`));
  }
  if (isObject && t === 'object') {
    const obj = value as Record<string, unknown>;
    for (const r of schema.required ?? []) if (!(r in obj)) fail(`missing ${r}`);
    for (const [k, v] of Object.entries(obj)) {
      const prop = schema.properties?.[k];
      if (!prop) {
        if (schema.properties) fail(`undocumented property ${k}`);
        continue;
      }
      errors.push(...validate(doc, prop, v, `${at}.${k}`));
    }
  }
  return errors;
}

/** The documented path template a concrete path belongs to. */
function templateOf(doc: Doc, path: string): string | undefined {
  // A literal path (`/functions/proposals`) wins over a template that also matches it.
  if (doc.paths[path]) return path;
  return Object.keys(doc.paths).find((tpl) =>
    new RegExp(`^${tpl.replace(/\./g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`).test(path),
  );
}

describe('every documented response matches what the API answers', () => {
  it('for a sample of each operation and each documented status', async () => {
    const db = await createTestDb();
    const { siasn, regionalId } = await addPublicationFixtures(db);
    const app = createApp({
      db,
      config: parseConfig({ SECURE_COOKIES: 'false', DEMO_APPS: '0', LOG_REQUESTS: 'false' }),
      passwords: nativeHasher,
    });
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as Doc;

    const fx = await registryFixture(db);
    const as = (who: 'owner' | 'other' | 'reviewer' | null): Record<string, string> =>
      who ? { Authorization: `Bearer ${fx[who].token}` } : {};
    const big = JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024), version: 1 });
    const appBody = (extra: object) => JSON.stringify({ name: 'Aplikasi Kontrak Uji', ...extra });
    const d = `/api/v1/applications/${fx.draft.id}`;
    const act = `/api/v1/applications/${fx.active.id}`;
    const apiPath = `/api/v1/apis/${fx.api.id}`;
    /** Write samples, in order (they change the database): [method, path, body, who]. */
    const { submitProposal, createProposal } = await import('./features/procurement/proposals-service');
    const { decide } = await import('./features/procurement/review-service');
    const proposal = await createProposal(db, fx.owner.user, {
      name: 'Aplikasi Irigasi Uji',
      acronym: null,
      description: 'Pemantauan irigasi desa.',
      functions: [],
      dataEntities: [],
      kind: 'build',
      fiscalYear: 2027,
      requestedBudget: 100_000_000,
      justification: '',
      kakUrl: 'https://x.go.id/kak.pdf',
      costBenefitUrl: 'https://x.go.id/abm.pdf',
    });
    await submitProposal(db, fx.owner.user, proposal.id, { version: 1, justifications: {} });
    const decided = await decide(
      db,
      fx.reviewer.user,
      proposal.id,
      {
        decision: 'approved',
        reasonCodes: [],
        conditions: null,
        comment: '',
        suggestedApplications: [],
        budgetCeiling: null,
        round: 1,
      },
      'development-only-clearance-key',
    );
    const writes: [string, string, string | undefined, 'owner' | 'other' | 'reviewer' | null][] = [
      ['GET', '/api/v1/decisions', undefined, null],
      ['GET', '/api/v1/decisions?decision=maybe', undefined, null],
      ['GET', `/api/v1/clearances/${decided.clearance}`, undefined, null],
      ['GET', '/api/v1/clearances/REK-2027-99999-ABCD', undefined, null],
      ['GET', '/api/v1/me', undefined, 'owner'],
      ['GET', '/api/v1/me', undefined, null],
      ['GET', `${d}/history`, undefined, 'owner'],
      ['GET', '/api/v1/applications/abc/history', undefined, 'owner'],
      ['GET', '/api/v1/applications/999999/history', undefined, 'owner'],
      ['POST', '/api/v1/applications', appBody({ functions: ['RAB.09.06.01'] }), 'owner'],
      ['POST', '/api/v1/applications', JSON.stringify({ name: 5 }), 'owner'],
      ['POST', '/api/v1/applications', appBody({}), null],
      ['POST', '/api/v1/applications', appBody({}), 'reviewer'],
      ['POST', '/api/v1/applications', big, 'owner'],
      ['POST', '/api/v1/applications', appBody({ name: 'Lain', functions: ['RAB.99.99.99'] }), 'owner'],
      ['PUT', d, JSON.stringify({ name: 'Sistem Informasi Kepegawaian Malang', version: 1 }), 'owner'],
      ['PUT', d, JSON.stringify({ name: 5, version: 2 }), 'owner'],
      ['PUT', d, JSON.stringify({ name: 'SIMPEG', version: 2 }), null],
      ['PUT', d, JSON.stringify({ name: 'SIMPEG', version: 2 }), 'reviewer'],
      ['PUT', d, JSON.stringify({ name: 'SIMPEG', version: 2 }), 'other'],
      ['PUT', d, JSON.stringify({ name: 'SIMPEG', version: 1 }), 'owner'],
      ['PUT', d, big, 'owner'],
      [
        'PUT',
        d,
        JSON.stringify({
          name: 'SIMPEG',
          version: 2,
          dataEntities: [{ code: 'RAD.99.99.99', role: 'master' }],
        }),
        'owner',
      ],
      ['DELETE', `${d}?version=abc`, undefined, 'owner'],
      ['DELETE', `${d}?version=2`, undefined, null],
      ['DELETE', `${d}?version=2`, undefined, 'reviewer'],
      ['DELETE', `${d}?version=2`, undefined, 'other'],
      ['DELETE', `${d}?version=1`, undefined, 'owner'],
      ['DELETE', `${d}?version=2`, undefined, 'owner'],
      ['POST', `${act}/status`, JSON.stringify({ action: 'retire', version: 1 }), 'owner'],
      ['POST', `${act}/status`, JSON.stringify({ action: 'explode', version: 2 }), 'owner'],
      ['POST', `${act}/status`, JSON.stringify({ action: 'reopen', version: 2 }), null],
      ['POST', `${act}/status`, JSON.stringify({ action: 'reopen', version: 2 }), 'reviewer'],
      [
        'POST',
        '/api/v1/applications/999999/status',
        JSON.stringify({ action: 'reopen', version: 2 }),
        'owner',
      ],
      ['POST', `${act}/status`, JSON.stringify({ action: 'retire', version: 2 }), 'owner'],
      [
        'POST',
        `${act}/apis`,
        JSON.stringify({
          name: 'API Pegawai',
          spec: { openapi: '3.0.3', info: { title: 'x', version: '1' }, paths: {} },
        }),
        'owner',
      ],
      ['POST', `${act}/apis`, JSON.stringify({ name: 5 }), 'owner'],
      ['POST', `${act}/apis`, JSON.stringify({ name: 'API X' }), null],
      ['POST', `${act}/apis`, JSON.stringify({ name: 'API X' }), 'reviewer'],
      ['POST', '/api/v1/applications/999999/apis', JSON.stringify({ name: 'API X' }), 'owner'],
      ['POST', `${act}/apis`, big, 'owner'],
      ['POST', `${act}/apis`, JSON.stringify({ name: 'API Y', spec: '{"hello":1}' }), 'owner'],
      ['PUT', apiPath, JSON.stringify({ name: 'API Surat', version: 1 }), 'owner'],
      ['PUT', apiPath, JSON.stringify({ name: 5, version: 2 }), 'owner'],
      ['PUT', apiPath, JSON.stringify({ name: 'API Surat', version: 2 }), null],
      ['PUT', apiPath, JSON.stringify({ name: 'API Surat', version: 2 }), 'reviewer'],
      ['PUT', '/api/v1/apis/999999', JSON.stringify({ name: 'API Surat', version: 2 }), 'owner'],
      ['PUT', apiPath, JSON.stringify({ name: 'API Surat', version: 1 }), 'owner'],
      ['PUT', apiPath, big, 'owner'],
      [
        'PUT',
        apiPath,
        JSON.stringify({ name: 'API Surat', version: 2, dataEntities: ['RAD.99.99.99'] }),
        'owner',
      ],
      ['DELETE', `${apiPath}?version=x`, undefined, 'owner'],
      ['DELETE', `${apiPath}?version=2`, undefined, null],
      ['DELETE', `${apiPath}?version=2`, undefined, 'reviewer'],
      ['DELETE', '/api/v1/apis/999999?version=2', undefined, 'owner'],
      ['DELETE', `${apiPath}?version=1`, undefined, 'owner'],
      ['DELETE', `${apiPath}?version=2`, undefined, 'owner'],
      [
        'POST',
        '/api/v1/functions/proposals',
        JSON.stringify({ parent: 'RAB.09.06', title: 'Fungsi uji' }),
        'owner',
      ],
      ['POST', '/api/v1/functions/proposals', JSON.stringify({}), 'owner'],
      [
        'POST',
        '/api/v1/functions/proposals',
        JSON.stringify({ parent: 'RAB.09.06', title: 'Fungsi uji' }),
        null,
      ],
      [
        'POST',
        '/api/v1/functions/proposals',
        JSON.stringify({ parent: 'RAB.09.06', title: 'Fungsi uji' }),
        'reviewer',
      ],
      [
        'POST',
        '/api/v1/functions/proposals',
        JSON.stringify({ parent: 'RAB.99.99', title: 'Fungsi uji' }),
        'owner',
      ],
    ];

    const samples = [
      '/api/v1/openapi.json',
      '/api/v1/applications?pageSize=100',
      '/api/v1/applications?pageSize=100&page=2',
      '/api/v1/applications?q=srikandi&category=umum&sort=relevance',
      '/api/v1/applications?page=0',
      `/api/v1/applications/${siasn}`,
      `/api/v1/applications/${regionalId}`,
      '/api/v1/applications/abc',
      '/api/v1/applications/999999',
      '/api/v1/agencies?pageSize=100',
      '/api/v1/agencies?kind=kabupaten&pageSize=100',
      '/api/v1/agencies?kind=planet',
      '/api/v1/agencies/35',
      '/api/v1/agencies/BKN',
      '/api/v1/agencies/%%%',
      '/api/v1/agencies/ZZZ',
      '/api/v1/functions?pageSize=100',
      '/api/v1/functions?pageSize=100&page=2',
      '/api/v1/functions?sharedField=nope',
      '/api/v1/functions/RAB.09.06.01',
      '/api/v1/functions/x',
      '/api/v1/functions/RAB.99.99.99',
      '/api/v1/data-entities?pageSize=100',
      '/api/v1/data-entities?sensitivity=x',
      '/api/v1/data-entities/RAD.03.07.01',
      '/api/v1/data-entities/RAD.09.06.01',
      '/api/v1/data-entities/x',
      '/api/v1/data-entities/RAD.99.99.99',
      ...['RAB', 'RAL', 'RAD', 'RAA', 'RAI', 'RAK'].map((d) => `/api/v1/reference/${d}`),
      '/api/v1/reference/XYZ',
      `/api/v1/applications/${siasn}/overlap`,
      '/api/v1/applications/abc/overlap',
      '/api/v1/applications/999999/overlap',
      '/api/v1/search?q=pegawai&pageSize=100',
      '/api/v1/search?q=siasn',
      '/api/v1/search?q=kepegawaian&type=application&agencyKind=kabupaten',
      '/api/v1/search?protocol=rest&splp=true&dataEntity=RAD.09.06.01',
      '/api/v1/search?type=function',
      '/api/v1/search?agency=ZZZ',
      '/api/v1/search?type=planet',
      '/api/v1/apis?pageSize=100',
      '/api/v1/apis?q=pegawai&protocol=rest&access=terbatas&splp=true',
      '/api/v1/apis?dataEntity=RAD.99.99.99',
      // POST samples: [path, body]
      [
        '/api/v1/overlap',
        JSON.stringify({ name: 'e-Surat Dinas', description: 'Surat masuk, disposisi dan arsip.' }),
      ],
      [
        '/api/v1/overlap',
        JSON.stringify({
          name: 'SIMPEG',
          functions: ['RAB.09.06.01', 'RAB.09.06'],
          dataEntities: ['RAD.09.06.01'],
        }),
      ],
      ['/api/v1/overlap', JSON.stringify({ name: 1 })],
      ['/api/v1/overlap', JSON.stringify({ name: 'Uji', description: 'x'.repeat(70_000) })],
    ];

    const exercised = new Set<string>();
    const problems: string[] = [];
    const all: [string, string, string | undefined, 'owner' | 'other' | 'reviewer' | null][] = [
      ...samples.map((entry): [string, string, string | undefined, null] =>
        typeof entry === 'string'
          ? ['GET', entry, undefined, null]
          : ['POST', entry[0] ?? '', entry[1], null],
      ),
      ...writes,
    ];
    for (const [method, sample, body, who] of all) {
      const res = await app.request(sample, {
        method,
        body,
        headers: body === undefined ? as(who) : { 'Content-Type': 'application/json', ...as(who) },
      });
      const where = `${method} ${sample.slice(0, 80)} as ${who ?? 'anonymous'}`;
      const tpl = templateOf(doc, new URL(sample, 'http://x').pathname);
      expect(tpl, `${where} is not documented`).toBeDefined();
      const op = doc.paths[tpl!]![method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'];
      expect(op, `${where}: method not documented`).toBeDefined();
      const response = op!.responses[String(res.status)];
      expect(
        response,
        `${where} answered undocumented ${res.status}: ${await res.clone().text()}`,
      ).toBeDefined();
      exercised.add(`${method.toLowerCase()} ${tpl} ${res.status}`);
      if (res.status === 204) continue;
      const type = (res.headers.get('content-type') ?? '').split(';')[0]!;
      const media = response!.content?.[type];
      expect(media, `${where} answered undocumented ${type}`).toBeDefined();
      problems.push(...validate(doc, media!.schema, await res.json(), sample));
    }
    expect(problems).toEqual([]);

    // Each documented status of each operation was produced by some sample above.
    const declared = operations(doc).flatMap(({ path, method, op }) =>
      Object.keys(op.responses).map((s) => `${method} ${path} ${s}`),
    );
    expect([...exercised].sort()).toEqual(declared.sort());
  });

  it('would notice an undocumented or mistyped property', () => {
    const doc = { components: { schemas: {} } } as unknown as Doc;
    const schema: SchemaObject = {
      type: 'object',
      required: ['a'],
      properties: { a: { type: 'integer' }, b: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
    };
    expect(validate(doc, schema, { a: 1, b: null })).toEqual([]);
    expect(validate(doc, schema, { a: '1' })).toHaveLength(1);
    expect(validate(doc, schema, { a: 1, c: 2 })).toHaveLength(1);
    expect(validate(doc, schema, { b: 3 })).toHaveLength(3);
  });
});
