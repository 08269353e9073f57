import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client';
import { makeUser } from '../../../test/support/auth';
import { createTestDb } from '../../../test/support/db';
import { rejection } from '../../../test/support/expect';
import {
  apiAudit,
  apiDataEntityCodes,
  apiOperations,
  apiRowsOfApplications,
  apiSpec,
  auditEventsAbout,
  storedApi,
} from '../../../test/support/repo';
import { Conflict, Forbidden, Invalid, NotFound, StaleVersion, Unauthorized } from '../../kernel/errors';
import { translateText, translator } from '../../kernel/i18n';
import { apiForEdit, createApi, deleteApi, updateApi } from './apis-service';
import { ApiFields, CreateApplicationInput, UpdateApiInput } from './schemas';
import { createApplication } from './service';

/** BKN's operator (A) with a draft and an active application, ANRI's operator (B), a reviewer. */
async function setup() {
  const db = await createTestDb();
  const opA = await makeUser(db, 'operator', 'BKN', 'operator@bkn.go.id');
  const opB = await makeUser(db, 'operator', 'ANRI', 'operator@anri.go.id');
  const reviewer = await makeUser(db, 'reviewer', null, 'penilai@menpan.go.id');
  const draft = await createApplication(
    db,
    opA,
    v.parse(CreateApplicationInput, { name: 'SIMPEG Draf BKN' }),
  );
  const active = await createApplication(
    db,
    opA,
    v.parse(CreateApplicationInput, { name: 'SIMPEG Aktif BKN', status: 'active' }),
  );
  return { db, opA, opB, reviewer, draftId: draft.id, activeId: active.id };
}

const apiInput = (x: Record<string, unknown> = {}) =>
  v.parse(ApiFields, { name: 'API Data Pegawai', description: 'Data pegawai ASN.', ...x });
const apiUpdate = (x: Record<string, unknown>) =>
  v.parse(UpdateApiInput, { name: 'API Data Pegawai', description: 'Data pegawai ASN.', ...x });

const OPENAPI = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'API Data Pegawai', version: '1.0.0' },
  paths: {
    '/pegawai/{nip}': {
      get: {
        summary: 'Data satu pegawai',
        parameters: [{ name: 'nip', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'OK' } },
      },
    },
  },
});

/** Rows of `table` belonging to the APIs of the two test applications (the reference data has APIs too). */
function count(db: Db, table: 'apis' | 'api_specs' | 'api_data_entities') {
  return apiRowsOfApplications(db, table, ['SIMPEG Draf BKN', 'SIMPEG Aktif BKN']);
}

describe('createApi', () => {
  it('stores an API of an owned application with its OpenAPI 3 spec, data entities and a create event', async () => {
    const { db, opA, draftId } = await setup();
    const res = await createApi(
      db,
      opA,
      draftId,
      apiInput({ protocol: 'rest', access: 'terbatas', dataEntities: ['RAD.09.06.01', 'rad.02.01.01'] }),
      { content: OPENAPI, sourceUrl: 'https://api.bkn.go.id/openapi.json' },
    );
    expect(res).toEqual({ id: expect.any(Number), applicationId: draftId, version: 1 });

    const api = await storedApi(db, res.id);
    expect(api).toEqual({ applicationId: draftId, name: 'API Data Pegawai', apiVersion: '1', version: 1 });

    const spec = await apiSpec(db, res.id);
    expect(spec).toEqual({
      format: 'openapi3',
      mediaType: 'application/json',
      sourceUrl: 'https://api.bkn.go.id/openapi.json',
      content: OPENAPI,
      sha256: encodeHexLowerCase(sha256(new TextEncoder().encode(OPENAPI))),
    });

    expect(await apiDataEntityCodes(db, res.id)).toEqual(['RAD.02.01.01', 'RAD.09.06.01']);

    const events = await apiAudit(db, res.id);
    expect(events.map((e) => e.action)).toEqual(['create']);
    expect(JSON.parse(events[0]!.after!)).toMatchObject({
      name: 'API Data Pegawai',
      spec: expect.stringMatching(/^openapi3 sha256:/),
      version: 1,
    });
  });

  it('accepts YAML OpenAPI, Swagger 2.0 and WSDL documents and records their format', async () => {
    const { db, opA, draftId } = await setup();
    const docs = [
      ['openapi: "3.1.0"\ninfo:\n  title: Uji\n  version: "1"\npaths: {}\n', 'openapi3', 'application/yaml'],
      [
        JSON.stringify({ swagger: '2.0', info: { title: 'Uji', version: '1' }, paths: {} }),
        'swagger2',
        'application/json',
      ],
      [
        '<?xml version="1.0"?>\n<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" name="Uji"><wsdl:portType name="UjiPort"><wsdl:operation name="Cek"/></wsdl:portType></wsdl:definitions>',
        'wsdl',
        'application/wsdl+xml',
      ],
    ] as const;
    for (const [i, [content, format, mediaType]] of docs.entries()) {
      const res = await createApi(db, opA, draftId, apiInput({ name: `API Uji ${i}` }), { content });
      const spec = await apiSpec(db, res.id);
      expect({ format: spec.format, mediaType: spec.mediaType }).toEqual({ format, mediaType });
    }
  });

  it('extracts the operations of the spec, and replaces them with the next spec', async () => {
    const { db, opA, draftId } = await setup();
    const created = await createApi(db, opA, draftId, apiInput(), { content: OPENAPI });
    const ops = () => apiOperations(db, created.id);
    expect(await ops()).toEqual([{ method: 'GET', path: '/pegawai/{nip}', summary: 'Data satu pegawai' }]);
    const next = JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'API Data Pegawai', version: '2' },
      paths: {
        '/pegawai': { get: { summary: 'Daftar pegawai', responses: { '200': { description: 'OK' } } } },
        '/unit': { get: { summary: 'Daftar unit', responses: { '200': { description: 'OK' } } } },
      },
    });
    await updateApi(db, opA, created.id, apiUpdate({ version: 1 }), { content: next });
    expect((await ops()).map((o) => o.path)).toEqual(['/pegawai', '/unit']);
  });

  it('refuses a spec the parser finds invalid, naming the pointer, and stores nothing', async () => {
    const { db, opA, draftId } = await setup();
    const bad = JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'x', version: '1' },
      paths: { '/pegawai/{nip}': { get: { responses: { '200': { description: 'OK' } } } } },
    });
    const error = await rejection(createApi(db, opA, draftId, apiInput(), { content: bad }));
    expect(error).toBeInstanceOf(Invalid);
    const t = translator('id');
    const messages = (error as Invalid).fields
      .map((f) => `${f.field}: ${translateText(t, f.message)}`)
      .join('\n');
    expect(messages).toMatch(/^spec: /);
    expect(messages).toContain('/paths/~1pegawai~1{nip}');
    expect(await count(db, 'apis')).toBe(0);
  });

  it('stores an API without a spec when none is given', async () => {
    const { db, opA, draftId } = await setup();
    const res = await createApi(db, opA, draftId, apiInput());
    expect(await count(db, 'apis')).toBe(1);
    expect(await count(db, 'api_specs')).toBe(0);
    expect(JSON.parse((await apiAudit(db, res.id))[0]!.after!)).toMatchObject({ spec: null });
  });

  it.each([
    ['a JSON document that is no spec', '{"hello":1}'],
    ['plain text', 'Ini dokumentasi API kami, silakan hubungi kami.'],
    ['broken JSON', '{"openapi": "3.0.0",'],
    ['an OpenAPI 2 claim', '{"openapi":"2.0"}'],
    ['XML that is not WSDL', '<html><body>Dokumentasi</body></html>'],
  ])('refuses %s as spec by field and stores nothing', async (_, content) => {
    const { db, opA, draftId } = await setup();
    const error = await rejection(
      createApi(db, opA, draftId, apiInput({ dataEntities: ['RAD.09.06.01'] }), { content }),
    );
    expect(error).toBeInstanceOf(Invalid);
    // Every issue is the spec's: the explanation first, then where the parser stopped, if anywhere.
    expect(new Set((error as Invalid).fields.map((f) => f.field))).toEqual(new Set(['spec']));
    expect(await count(db, 'apis')).toBe(0);
    expect(await count(db, 'api_specs')).toBe(0);
    expect(await count(db, 'api_data_entities')).toBe(0);
    expect(await auditEventsAbout(db, 'api')).toEqual([]);
  });

  it('refuses a spec over the size limit', async () => {
    const { db, opA, draftId } = await setup();
    const content = JSON.stringify({
      openapi: '3.0.0',
      info: { title: 'x'.repeat(1024 * 1024), version: '1' },
    });
    const error = await rejection(createApi(db, opA, draftId, apiInput(), { content }));
    expect((error as Invalid).fields.map((f) => f.field)).toEqual(['spec']);
    expect(await count(db, 'apis')).toBe(0);
  });

  it('names unknown data entities by field and a duplicate name and version', async () => {
    const { db, opA, draftId } = await setup();
    await createApi(db, opA, draftId, apiInput());
    const error = await rejection(
      createApi(
        db,
        opA,
        draftId,
        apiInput({ name: 'api data pegawai', dataEntities: ['RAD.09.06.01', 'RAD.99.99.99'] }),
      ),
    );
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fields.map((f) => f.field)).toEqual(['dataEntities.1', 'name']);
    // The same name with another API version is a different API.
    await createApi(db, opA, draftId, apiInput({ apiVersion: '2' }));
    expect(await count(db, 'apis')).toBe(2);
  });

  it('guards like applications: 404 for another agency’s draft, 403 for its published entry', async () => {
    const { db, opB, reviewer, draftId, activeId } = await setup();
    expect(await rejection(createApi(db, opB, draftId, apiInput(), { content: OPENAPI }))).toBeInstanceOf(
      NotFound,
    );
    expect(await rejection(createApi(db, opB, activeId, apiInput(), { content: OPENAPI }))).toBeInstanceOf(
      Forbidden,
    );
    expect(await rejection(createApi(db, reviewer, activeId, apiInput()))).toBeInstanceOf(Forbidden);
    expect(await rejection(createApi(db, null, activeId, apiInput()))).toBeInstanceOf(Unauthorized);
    expect(await rejection(createApi(db, opB, 999_999, apiInput()))).toBeInstanceOf(NotFound);
    expect(await count(db, 'apis')).toBe(0);
  });
});

describe('updateApi', () => {
  it('saves from the current version, bumps it, replaces entities and keeps the spec', async () => {
    const { db, opA, activeId } = await setup();
    const api = await createApi(db, opA, activeId, apiInput({ dataEntities: ['RAD.09.06.01'] }), {
      content: OPENAPI,
    });
    const res = await updateApi(
      db,
      opA,
      api.id,
      apiUpdate({ version: 1, description: 'Baru.', dataEntities: ['RAD.02.01.01'] }),
    );
    expect(res).toEqual({ id: api.id, applicationId: activeId, version: 2 });
    const edit = await apiForEdit(db, opA, api.id);
    expect(edit.snapshot).toMatchObject({
      description: 'Baru.',
      dataEntities: ['RAD.02.01.01'],
      spec: expect.stringMatching(/^openapi3 /),
      version: 2,
    });
    const events = await apiAudit(db, api.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
    expect(JSON.parse(events[1]!.before!)).toMatchObject({ description: 'Data pegawai ASN.', version: 1 });
    expect(JSON.parse(events[1]!.after!)).toMatchObject({ description: 'Baru.', version: 2 });
  });

  it('refuses a stale save and lists only what the other edit changed', async () => {
    const { db, opA, activeId } = await setup();
    // Entities given out of order and twice: the same set, whatever the order.
    const entities = ['RAD.09.06.01', 'RAD.02.01.01', 'RAD.09.06.01'];
    const api = await createApi(db, opA, activeId, apiInput({ dataEntities: entities }));
    await updateApi(
      db,
      opA,
      api.id,
      apiUpdate({ version: 1, description: 'Diubah lebih dulu.', dataEntities: entities }),
    );
    const error = await rejection(
      updateApi(db, opA, api.id, apiUpdate({ version: 1, auth: 'oauth2', dataEntities: entities })),
    );
    expect(error).toBeInstanceOf(StaleVersion);
    expect(error).toBeInstanceOf(Conflict);
    expect((error as StaleVersion).currentVersion).toBe(2);
    expect((error as StaleVersion).changes.map((c) => c.field)).toEqual(['description']);
    expect((await apiForEdit(db, opA, api.id)).snapshot).toMatchObject({ auth: 'other', version: 2 });
  });

  it('lets exactly one of two concurrent saves from the same version win', async () => {
    const { db, opA, activeId } = await setup();
    const api = await createApi(db, opA, activeId, apiInput());
    const inputs = [
      apiUpdate({ version: 1, description: 'Satu.', dataEntities: ['RAD.09.06.01'] }),
      apiUpdate({ version: 1, description: 'Dua.', dataEntities: ['RAD.02.01.01'] }),
    ];
    const results = await Promise.allSettled(inputs.map((input) => updateApi(db, opA, api.id, input)));
    const won = results.findIndex((r) => r.status === 'fulfilled');
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((results[1 - won] as PromiseRejectedResult).reason).toBeInstanceOf(StaleVersion);
    expect((await apiForEdit(db, opA, api.id)).snapshot).toMatchObject({
      description: inputs[won]!.description,
      dataEntities: inputs[won]!.dataEntities,
      version: 2,
    });
  });

  it('refuses an invalid new spec and keeps the old one', async () => {
    const { db, opA, activeId } = await setup();
    const api = await createApi(db, opA, activeId, apiInput(), { content: OPENAPI });
    const error = await rejection(
      updateApi(db, opA, api.id, apiUpdate({ version: 1 }), { content: '{"hello":1}' }),
    );
    expect(new Set((error as Invalid).fields.map((f) => f.field))).toEqual(new Set(['spec']));
    expect((await apiSpec(db, api.id)).content).toBe(OPENAPI);
    expect((await apiForEdit(db, opA, api.id)).snapshot.version).toBe(1);
  });

  it('guards like applications', async () => {
    const { db, opA, opB, reviewer, draftId, activeId } = await setup();
    const onDraft = await createApi(db, opA, draftId, apiInput());
    const onActive = await createApi(db, opA, activeId, apiInput());
    expect(await rejection(updateApi(db, opB, onDraft.id, apiUpdate({ version: 1 })))).toBeInstanceOf(
      NotFound,
    );
    expect(await rejection(updateApi(db, opB, onActive.id, apiUpdate({ version: 1 })))).toBeInstanceOf(
      Forbidden,
    );
    expect(await rejection(updateApi(db, reviewer, onActive.id, apiUpdate({ version: 1 })))).toBeInstanceOf(
      Forbidden,
    );
    expect(await rejection(updateApi(db, null, onActive.id, apiUpdate({ version: 1 })))).toBeInstanceOf(
      Unauthorized,
    );
    expect(await rejection(updateApi(db, opA, 999_999, apiUpdate({ version: 1 })))).toBeInstanceOf(NotFound);
  });
});

describe('deleteApi', () => {
  it('deletes the API with its spec and entities and records a delete event', async () => {
    const { db, opA, activeId } = await setup();
    const api = await createApi(db, opA, activeId, apiInput({ dataEntities: ['RAD.09.06.01'] }), {
      content: OPENAPI,
    });
    expect(await deleteApi(db, opA, api.id, 1)).toEqual({ applicationId: activeId });
    expect(await count(db, 'apis')).toBe(0);
    expect(await count(db, 'api_specs')).toBe(0);
    expect(await count(db, 'api_data_entities')).toBe(0);
    const events = await apiAudit(db, api.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'delete']);
    expect(JSON.parse(events[1]!.before!)).toMatchObject({ name: 'API Data Pegawai', version: 1 });
    expect(events[1]!.after).toBeNull();
    expect(await rejection(apiForEdit(db, opA, api.id))).toBeInstanceOf(NotFound);
  });

  it('refuses a stale delete and keeps the API', async () => {
    const { db, opA, activeId } = await setup();
    const api = await createApi(db, opA, activeId, apiInput());
    await updateApi(db, opA, api.id, apiUpdate({ version: 1, description: 'Baru.' }));
    expect(await rejection(deleteApi(db, opA, api.id, 1))).toBeInstanceOf(StaleVersion);
    expect(await count(db, 'apis')).toBe(1);
    expect((await apiAudit(db, api.id)).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('guards like applications', async () => {
    const { db, opA, opB, reviewer, draftId, activeId } = await setup();
    const onDraft = await createApi(db, opA, draftId, apiInput());
    const onActive = await createApi(db, opA, activeId, apiInput());
    expect(await rejection(deleteApi(db, opB, onDraft.id, 1))).toBeInstanceOf(NotFound);
    expect(await rejection(deleteApi(db, opB, onActive.id, 1))).toBeInstanceOf(Forbidden);
    expect(await rejection(deleteApi(db, reviewer, onActive.id, 1))).toBeInstanceOf(Forbidden);
    expect(await rejection(deleteApi(db, null, onActive.id, 1))).toBeInstanceOf(Unauthorized);
    expect(await count(db, 'apis')).toBe(2);
  });

  it('does not let an edit succeed on an API deleted meanwhile', async () => {
    const { db, opA, activeId } = await setup();
    const api = await createApi(db, opA, activeId, apiInput());
    const results = await Promise.allSettled([
      updateApi(db, opA, api.id, apiUpdate({ version: 1, description: 'Bersamaan.' })),
      deleteApi(db, opA, api.id, 1),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect([NotFound, Conflict].some((t) => failed.reason instanceof t)).toBe(true);
    const actions = (await apiAudit(db, api.id)).map((e) => e.action);
    expect(actions.filter((a) => a !== 'create')).toHaveLength(1);
  });
});
