import { Validator as JsonSchemaValidator } from '@cfworker/json-schema';
import { Validator as OpenApiValidator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/support/app';
import { registryFixture } from '../test/support/auth';
import { createTestDb } from '../test/support/db';
import { addPublicationFixtures } from '../test/support/publication';
import { createApp } from './app';
import { parseConfig } from './config';
import { runClustering } from './features/rationalisation/service';
import { nativeHasher } from './kernel/password-node';

// The document is generated from the routes (src/api-routes.ts, kernel/http/openapi.ts). These
// tests check it with tools that did not write it: an OpenAPI 3.1 validator for the document, a
// JSON Schema 2020-12 validator for every live answer against the documented schema.

/** The parts of an OpenAPI document these tests read. */
interface Operation {
  operationId: string;
  tags: string[];
  summary: string;
  description: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema: object }[];
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: object }> }>;
}
interface Doc {
  openapi: string;
  info: { title: string; version: string; description: string; license?: object; contact?: object };
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>>; securitySchemes: Record<string, object> };
}

async function fetchDoc() {
  const { app } = await createTestApp({ data: 'empty' });
  const res = await app.request('/api/v1/openapi.json');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return { app, doc: (await res.json()) as Doc };
}

function operations(doc: Doc) {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op })),
  );
}

/**
 * A JSON Schema validator for one schema of the document: its `#/components/schemas/` references
 * resolve inside the document's components (moved to `$defs`, where 2020-12 looks for them).
 */
function schemaValidator(doc: Doc, schema: object) {
  const rewrite = (x: object) =>
    JSON.parse(JSON.stringify(x).replaceAll('#/components/schemas/', '#/$defs/'));
  return new JsonSchemaValidator(
    { ...rewrite(schema), $defs: rewrite(doc.components.schemas) },
    '2020-12',
    false,
  );
}

/** Why `value` does not match `schema` (empty when it does). */
function mismatches(doc: Doc, schema: object, value: unknown, at: string): string[] {
  const r = schemaValidator(doc, schema).validate(value);
  return r.valid ? [] : r.errors.map((e) => `${at}: ${e.instanceLocation} ${e.error}`).slice(0, 10);
}

/** Operations answering a file, by its extension: exports and descriptors, not JSON. */
const FILE_TYPES: Record<string, string> = {
  ndjson: 'application/x-ndjson',
  csv: 'text/csv',
  yml: 'application/yaml',
  yaml: 'application/yaml',
};

describe('GET /api/v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document for an independent validator, with zero errors', async () => {
    const { doc } = await fetchDoc();
    const result = await new OpenApiValidator().validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
  });

  it('says what the API is, under which licence and whom to contact; it is no longer read-only', async () => {
    const { doc } = await fetchDoc();
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.license).toMatchObject({ name: expect.any(String) });
    expect(doc.info.contact).toMatchObject({ name: expect.any(String) });
    expect(doc.info.description).not.toMatch(/read-only/i);
    expect(doc.servers).toEqual([{ url: '/' }]);
    expect(Object.keys(doc.components.securitySchemes)).toEqual(['token']);
  });

  it('describes every operation: id, summary, description, tags, who may call it, its parameters and answers', async () => {
    const { doc } = await fetchDoc();
    const ids = operations(doc).map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const tags = new Set(doc.tags.map((t) => t.name));
    const token = [{ token: [] }];
    for (const { path, method, op } of operations(doc)) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(path, where).toMatch(/^\/api\/v1\//);
      expect(op.summary, `${where}: summary`).toBeTruthy();
      expect(op.description, `${where}: description`).toBeTruthy();
      expect(op.tags.length, `${where}: tags`).toBeGreaterThan(0);
      for (const t of op.tags) expect(tags.has(t), `${where}: tag ${t}`).toBe(true);
      // Every operation states who may call it: public ones say so with an empty list.
      expect(op.security, `${where}: security`).toBeDefined();
      if (method !== 'get' && path !== '/api/v1/overlap')
        expect(op.security, `${where}: writes need a token`).toEqual(token);
      if (op.security!.length === 0)
        expect(op.responses, `${where}: public but answers 401`).not.toHaveProperty('401');
      if ('401' in op.responses)
        expect(op.security, `${where}: 401 without a token scheme`).toContainEqual({ token: [] });

      const params = op.parameters ?? [];
      for (const p of params) expect(p.description, `${where} ${p.name}: description`).toBeTruthy();
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
        const types = Object.keys(r.content ?? {});
        if (status === '204') expect(types, `${where} ${status}`).toEqual([]);
        else if (status.startsWith('2'))
          expect(types, `${where} ${status}`).toEqual([
            FILE_TYPES[/\.(\w+)$/.exec(path)?.[1] ?? ''] ??
              (path.endsWith('/dcat') ? 'application/ld+json' : 'application/json'),
          ]);
        else {
          expect(types, `${where} ${status}`).toEqual(['application/problem+json']);
          expect(r.content!['application/problem+json']!.schema).toEqual({
            $ref: '#/components/schemas/Problem',
          });
        }
      }
    }
  });

  it('describes exactly the routes the API serves, so a new route cannot be forgotten', async () => {
    const { app, doc } = await fetchDoc();
    const documented = operations(doc)
      .map(({ path, method }) => `${method.toUpperCase()} ${path}`)
      .sort();
    const served = [
      ...new Set(
        app.routes
          // The reference page and its "try it" redirect are HTML for people, not operations.
          .filter(
            (r) => r.path.startsWith('/api/v1') && r.method !== 'ALL' && !r.path.startsWith('/api/v1/docs'),
          )
          .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
      ),
    ].sort();
    expect(served).toEqual(documented);
  });

  it('states request limits once, from the schemas that enforce them', async () => {
    const { doc } = await fetchDoc();
    const overlap = doc.paths['/api/v1/overlap']!.post!.requestBody!.content['application/json']!.schema;
    expect(overlap).toMatchObject({
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 3, maxLength: 200 },
        functions: {
          type: 'array',
          maxItems: 50,
          items: { pattern: '^RA[BL]\\.\\d{2}\\.\\d{2}(\\.\\d{2})?$' },
        },
      },
    });
    const pageSize = doc.paths['/api/v1/applications']!.get!.parameters!.find((p) => p.name === 'pageSize');
    expect(pageSize).toMatchObject({ in: 'query', description: 'Items per page: 1 to 100.' });
  });

  it('lists every application status, draft included, where a token may see drafts', async () => {
    const { doc } = await fetchDoc();
    const status = (doc.components.schemas.Application!.properties as Record<string, { enum?: string[] }>)
      .status!;
    expect(status.enum).toEqual([
      'draft',
      'proposed',
      'approved',
      'rejected',
      'returned',
      'active',
      'retired',
    ]);
  });

  it('takes its server URL from PUBLIC_URL when configured', async () => {
    const db = await createTestDb({ data: 'empty' });
    const config = parseConfig({
      SECURE_COOKIES: 'false',
      LOG_REQUESTS: 'false',
      PUBLIC_URL: 'https://katalog.example.go.id',
    });
    const res = await createApp({ db, config, passwords: nativeHasher }).request('/api/v1/openapi.json');
    expect(((await res.json()) as Doc).servers).toEqual([{ url: 'https://katalog.example.go.id' }]);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
  });
});

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
    // The national picture computed over the fixtures, so its answer is checked with content.
    await runClustering(db);
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
      ['POST', '/api/v1/imports', JSON.stringify({ name: 'Aplikasi Impor Uji' }), 'owner'],
      ['POST', '/api/v1/imports?dryRun=maybe', JSON.stringify({ name: 'Aplikasi Impor Uji' }), 'owner'],
      ['POST', '/api/v1/imports', JSON.stringify({ name: 'Aplikasi Impor Uji' }), null],
      ['POST', '/api/v1/imports', JSON.stringify({ name: 'Aplikasi Impor Uji' }), 'reviewer'],
      ['POST', '/api/v1/imports?dryRun=false', JSON.stringify({ name: 5 }), 'owner'],
      ['POST', '/api/v1/imports', 'x'.repeat(12 * 1024 * 1024), 'owner'],
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
      ...['applications', 'apis', 'agencies'].flatMap((f) => [
        `/api/v1/export/${f}.ndjson`,
        `/api/v1/export/${f}.csv`,
      ]),
      '/api/v1/export/applications.ndjson?agency=99.99',
      '/api/v1/export/applications.csv?category=planet',
      '/api/v1/export/apis.ndjson?agency=99.99',
      '/api/v1/export/apis.csv?agency=%%%',
      ...['publiccode.yml', 'catalog-info.yaml'].flatMap((f) => [
        `/api/v1/applications/${regionalId}/${f}`,
        `/api/v1/applications/abc/${f}`,
        `/api/v1/applications/999999/${f}`,
      ]),
      '/api/v1/dcat',
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
      '/api/v1/stats/rationalisation',
      '/api/v1/stats/rationalisation?sector=RAB.09&kind=kabupaten&province=35',
      '/api/v1/stats/rationalisation?kind=planet',
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
      const op = doc.paths[tpl!]![method.toLowerCase()];
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
      // Exported files are checked by their own tests; JSON bodies against their schema here.
      if (!/[/+]json$/.test(type)) continue;
      problems.push(...mismatches(doc, media!.schema, await res.json(), where));
    }
    expect(problems).toEqual([]);

    // Each documented status of each operation was produced by some sample above.
    const declared = operations(doc).flatMap(({ path, method, op }) =>
      Object.keys(op.responses).map((s) => `${method} ${path} ${s}`),
    );
    expect([...exercised].sort()).toEqual(declared.sort());
  });

  it('would notice an undocumented, missing or mistyped property', async () => {
    const { doc } = await fetchDoc();
    const ref = { $ref: '#/components/schemas/FunctionPage' };
    const fn = {
      code: 'RAB.09.06.01',
      title: 'Manajemen ASN',
      titleEn: 'Civil service management',
      description: '',
      parent: 'RAB.09.06',
      sharedField: 'kepegawaian',
      applications: 2,
      sharedApplications: 1,
      links: { self: '/api/v1/functions/RAB.09.06.01', html: '/fungsi/RAB.09.06.01', applications: '/x' },
    };
    const page = (item: object) => ({ items: [item], total: 1, page: 1, pageSize: 20 });
    expect(mismatches(doc, ref, page(fn), '$')).toEqual([]);
    expect(mismatches(doc, ref, page({ ...fn, extra: 1 }), '$')).not.toEqual([]);
    expect(mismatches(doc, ref, page({ ...fn, applications: '2' }), '$')).not.toEqual([]);
    const { links: _, ...noLinks } = fn;
    expect(mismatches(doc, ref, page(noLinks), '$')).not.toEqual([]);
    expect(mismatches(doc, ref, page({ ...fn, sharedField: 'nope' }), '$')).not.toEqual([]);
  });
});
