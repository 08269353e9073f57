import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/support/app';
import { formPost, registryFixture } from '../../../../test/support/auth';
import { createApi } from '../apis-service';
import { CreateApplicationInput } from '../schemas';
import { createApplication } from '../service';

const SPEC = `openapi: "3.0.3"
info:
  title: API Data Pegawai
  version: "1.2"
paths:
  /pegawai/{nip}:
    get:
      tags: [Pegawai]
      summary: Data pokok satu pegawai
      parameters:
        - name: nip
          in: path
          required: true
          description: Nomor induk pegawai
          schema: { type: string }
        - name: lengkap
          in: query
          required: true
          schema: { type: boolean }
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Pegawai"
  /unit:
    post:
      tags: [Unit]
      summary: Tambah unit kerja
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [nama]
              properties:
                nama: { type: string, description: Nama unit }
      responses:
        "201": { description: Dibuat }
components:
  schemas:
    Pegawai:
      type: object
      required: [nip]
      properties:
        nip: { type: string, description: NIP 18 digit }
        nama: { type: string }
        golongan: { type: string, enum: [III/a, III/b] }
`;

async function setup() {
  const { app, db } = await createTestApp();
  const fx = await registryFixture(db);
  const api = await createApi(
    db,
    fx.owner.user,
    fx.active.id,
    {
      name: 'API Data Pegawai',
      apiVersion: '1.2',
      description: 'Data pokok pegawai daerah.',
      protocol: 'rest',
      baseUrl: 'https://simpeg.malangkab.go.id/api',
      documentationUrl: null,
      access: 'terbatas',
      auth: 'oauth2',
      splpPublished: true,
      contactEmail: 'simpeg@malangkab.go.id',
      dataEntities: ['RAD.09.06.01'],
    },
    { content: SPEC },
  );
  return { app, db, fx, api };
}

describe('the API page', () => {
  it('shows owner, access, data exposed and the operations grouped by tag with parameters, schemas and an example', async () => {
    const { app, api } = await setup();
    const res = await app.request(`/katalog-api/${api.id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('API Data Pegawai v1.2');
    expect(html).toContain('Aplikasi Surat Malang');
    expect(html).toContain('Terbit di SPLP');
    expect(html).toContain('OAuth 2.0');
    expect(html).toContain('simpeg@malangkab.go.id');
    expect(html).toContain('Data Pegawai ASN');
    expect(html).toMatch(/<h3>Pegawai<\/h3>[\s\S]*\/pegawai\/\{nip\}[\s\S]*<h3>Unit<\/h3>/);
    expect(html).toContain('Nomor induk pegawai');
    expect(html).toContain('NIP 18 digit');
    expect(html).toContain('III/a, III/b');
    expect(html).toContain('curl -X GET &#39;https://simpeg.malangkab.go.id/api/pegawai/:nip?lengkap=…&#39;');
    expect(html).toContain(
      'curl -X POST &#39;https://simpeg.malangkab.go.id/api/unit&#39; -H &#39;Content-Type: application/json&#39;',
    );
  });

  it('downloads the original spec, byte for byte', async () => {
    const { app, api } = await setup();
    const res = await app.request(`/katalog-api/${api.id}/spec`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/yaml');
    expect(res.headers.get('content-disposition')).toContain('API-Data-Pegawai-1.2.yaml');
    expect(await res.text()).toBe(SPEC);
  });

  it('lists the applications that consume it', async () => {
    const { app, db, fx, api } = await setup();
    await createApplication(
      db,
      fx.other.user,
      v.parse(CreateApplicationInput, {
        name: 'Dasbor Kepegawaian Lumajang',
        status: 'active',
        consumedApis: [api.id],
      }),
    );
    expect(await (await app.request(`/katalog-api/${api.id}`)).text()).toContain(
      'Dasbor Kepegawaian Lumajang',
    );
  });

  it('is not found for an API of another agency’s draft, and found for its owner', async () => {
    const { app, db, fx } = await setup();
    const draftApi = await createApi(db, fx.owner.user, fx.draft.id, {
      name: 'API Draf',
      apiVersion: '1',
      description: '',
      protocol: 'rest',
      baseUrl: null,
      documentationUrl: null,
      access: 'terbatas',
      auth: 'other',
      splpPublished: false,
      contactEmail: null,
      dataEntities: [],
    });
    expect((await app.request(`/katalog-api/${draftApi.id}`)).status).toBe(404);
    expect(
      (await app.request(`/katalog-api/${draftApi.id}`, { headers: { Cookie: fx.other.cookie } })).status,
    ).toBe(404);
    expect(
      (await app.request(`/katalog-api/${draftApi.id}`, { headers: { Cookie: fx.owner.cookie } })).status,
    ).toBe(200);
    expect(
      (await app.request(`/katalog-api/${draftApi.id}/spec`, { headers: { Cookie: fx.owner.cookie } }))
        .status,
    ).toBe(404);
  });

  it('an upload of an invalid spec is refused next to the field with the parser’s line', async () => {
    const { app, fx } = await setup();
    const res = await formPost(
      app,
      `/aplikasi/${fx.active.id}/api/baru`,
      {
        name: 'API Rusak',
        specText:
          'openapi: "3.0.3"\ninfo:\n  title: x\n  version: "1"\npaths:\n  /a:\n    get:\n      responses: [oops\n',
      },
      fx.owner,
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(/line \d+/);
  });
});
