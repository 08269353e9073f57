import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app';
import { type Actor, makeActor } from '../../../test/support/auth';
import { addPublicationFixtures } from '../../../test/support/publication';
import {
  editApplicationUnit,
  importActorLabel,
  latestAuditEvents,
  rowCount,
} from '../../../test/support/repo';
import { importFile } from './import-service';

async function setup() {
  const t = await createTestApp();
  const ids = await addPublicationFixtures(t.db);
  const owner = await makeActor(t.db, 'operator', '35.07', 'op@malangkab.go.id');
  const admin = await makeActor(t.db, 'admin', null, 'admin@katalog.go.id');
  const reviewer = await makeActor(t.db, 'reviewer', 'KEMENPANRB', 'penilai@menpan.go.id');
  return { ...t, ...ids, owner, admin, reviewer };
}

type Report = {
  applied: boolean;
  counts: Record<string, number>;
  rows: {
    line: number;
    name: string;
    action: string;
    id?: number;
    issues: { field: string; message: string }[];
    overlap?: { name: string } | null;
  }[];
};
type Problem = { status: number; errors: { field: string; message: string }[] };

const enc = (s: string) => new TextEncoder().encode(s);

function post(
  t: { app: { request: (p: string, i: RequestInit) => Response | Promise<Response> } },
  query: string,
  body: BodyInit,
  actor: Actor | null,
  type = 'text/csv',
) {
  return t.app.request(`/api/v1/imports?${query}`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': type, ...(actor ? { Authorization: `Bearer ${actor.token}` } : {}) },
  });
}

const HEADER = 'name,acronym,description,status,functions,dataEntities';
const csv = (...rows: string[]) => `${HEADER}\r\n${rows.join('\r\n')}\r\n`;

function count(
  db: Awaited<ReturnType<typeof setup>>['db'],
  table: 'applications' | 'audit_events' = 'applications',
) {
  return rowCount(db, table);
}

describe('bulk import: dry run', () => {
  it('reports create, update and unchanged rows with the closest national service, and writes nothing', async () => {
    const t = await setup();
    const before = await count(t.db);
    const res = await post(
      t,
      'dryRun=true',
      csv(
        'Sistem Kepegawaian Kabupaten Malang,SIMPEG-MLG,Pengelolaan data pegawai daerah yang terhubung dengan SIASN.,active,RAB.09.06.01;RAB.09.06.03,',
        'Aplikasi Persuratan Dinas Malang,,Naskah dinas dan disposisi surat elektronik,active,RAL.02.06.01,',
        'Sistem Kepegawaian Kabupaten Malang Baru,,Data pegawai,draft,RAB.99.99.99,',
      ),
      t.owner,
    );
    expect(res.status).toBe(200);
    const report = (await res.json()) as Report;
    expect(report.applied).toBe(false);
    expect(report.rows.map((r) => [r.line, r.action])).toEqual([
      [2, 'update'],
      [3, 'create'],
      [4, 'error'],
    ]);
    expect(report.rows[1]!.overlap?.name).toMatch(/Kearsipan Dinamis Terintegrasi/i);
    expect(report.rows[2]!.issues[0]).toMatchObject({ field: 'functions.0' });
    expect(report.rows[2]!.issues[0]!.message).toContain('RAB.99.99.99');
    expect(await count(t.db)).toBe(before);
  });

  it('speaks the language asked for', async () => {
    const t = await setup();
    const body = csv('Aplikasi Uji Bahasa,,x,draft,RAB.99.99.99,');
    const id = (await (await post(t, 'dryRun=true', body, t.owner)).json()) as Report;
    const en = (await (await post(t, 'dryRun=true&lang=en', body, t.owner)).json()) as Report;
    expect(id.rows[0]!.issues[0]!.message).toMatch(/tidak dikenal|tidak ada/i);
    expect(en.rows[0]!.issues[0]!.message).toMatch(/unknown/i);
  });
});

describe('bulk import: apply', () => {
  it('round-trips the export: importing it back changes nothing, in CSV, NDJSON, catalog-info and publiccode', async () => {
    const t = await setup();
    const audit = await count(t.db, 'audit_events');
    for (const file of ['applications.csv', 'applications.ndjson']) {
      const exported = await (await t.app.request(`/api/v1/export/${file}?agency=35.07`)).arrayBuffer();
      const res = await post(t, `dryRun=false&name=${file}`, exported, t.owner);
      const report = (await res.json()) as Report;
      expect(res.status, JSON.stringify(report)).toBe(200);
      expect(report.counts).toMatchObject({ create: 0, update: 0, error: 0 });
      expect(report.counts.unchanged).toBeGreaterThan(0);
    }
    for (const file of ['publiccode.yml', 'catalog-info.yaml']) {
      const exported = await (await t.app.request(`/api/v1/applications/${t.regionalId}/${file}`)).text();
      const report = (await (await post(t, `dryRun=true&name=${file}`, exported, t.owner)).json()) as Report;
      expect(
        report.rows.filter((r) => r.action !== 'skipped').map((r) => [r.action, r.id]),
        file,
      ).toEqual([['unchanged', t.regionalId]]);
    }
    expect(await count(t.db, 'audit_events')).toBe(audit);
  });

  it('creates and updates in one batch with an import event and one audit entry per row; the same file again is all unchanged', async () => {
    const t = await setup();
    const body = csv(
      'Sistem Kepegawaian Kabupaten Malang,SIMPEG-MLG,Deskripsi baru dari impor.,active,RAB.09.06.01,RAD.09.06.01:producer',
      'Aplikasi Persuratan Dinas Malang,APD,Naskah dinas dan disposisi,active,RAL.02.06.01,',
    );
    const audit = await count(t.db, 'audit_events');
    const first = (await (await post(t, 'dryRun=false', body, t.owner)).json()) as Report;
    expect(first.applied).toBe(true);
    expect(first.rows.map((r) => r.action)).toEqual(['update', 'create']);
    const created = first.rows[1]!.id!;
    const app = (await (await t.app.request(`/api/v1/applications/${created}`)).json()) as {
      name: string;
      status: string;
      agency: { code: string };
    };
    expect(app).toMatchObject({
      name: 'Aplikasi Persuratan Dinas Malang',
      status: 'active',
      agency: { code: '35.07' },
    });
    const events = await latestAuditEvents(t.db, 3);
    expect(await count(t.db, 'audit_events')).toBe(audit + 3);
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'import', 'update']);
    const again = (await (await post(t, 'dryRun=false', body, t.owner)).json()) as Report;
    expect(again.rows.map((r) => r.action)).toEqual(['unchanged', 'unchanged']);
    expect(again.applied).toBe(false);
    expect(await count(t.db, 'audit_events')).toBe(audit + 3);
  });

  it('writes nothing when row 4,999 of 5,000 is wrong', async () => {
    const t = await setup();
    const before = await count(t.db);
    const rows = Array.from({ length: 5000 }, (_, i) =>
      i === 4998
        ? `Aplikasi Massal ${i},,x,draft,RAB.99.99.99,`
        : `Aplikasi Massal ${i},,Uji massal,draft,RAB.09.06.01,`,
    );
    const report = await importFile(t.db, null, {
      agency: '35.07',
      fileName: 'massal.csv',
      bytes: enc(csv(...rows)),
      dryRun: false,
    });
    expect(report.applied).toBe(false);
    expect(report.counts).toMatchObject({ create: 4999, error: 1 });
    expect(report.rows[4998]).toMatchObject({ line: 5000, action: 'error' });
    expect(await count(t.db)).toBe(before);
    const res = await post(t, 'dryRun=false', csv(...rows.slice(4990)), t.owner);
    expect(res.status).toBe(422);
    expect(((await res.json()) as Problem).errors[0]!.field).toBe('10: functions.0');
    expect(await count(t.db)).toBe(before);
  }, 120_000);

  it('applies a file of several statement groups whole, in a sliced transaction, from the command-line actor', async () => {
    const t = await setup();
    const before = await count(t.db);
    const rows = Array.from(
      { length: 300 },
      (_, i) => `Aplikasi Massal ${i},,Uji massal,draft,RAB.09.06.01,`,
    );
    const report = await importFile(t.db, null, {
      agency: '35.07',
      fileName: 'massal.csv',
      bytes: enc(csv(...rows)),
      dryRun: false,
    });
    expect(report.applied).toBe(true);
    expect(await count(t.db)).toBe(before + 300);
    expect(await importActorLabel(t.db)).toBe('command line');
  }, 120_000);

  it('uses optimistic locking: a row exported at an older version is refused, naming the row', async () => {
    const t = await setup();
    const body = `id,name,description,version\r\n${t.regionalId},Sistem Kepegawaian Kabupaten Malang,Baru,1\r\n`;
    await editApplicationUnit(t.db, t.regionalId, 'Bagian Umum');
    const res = await post(t, 'dryRun=false', body, t.owner);
    expect(res.status).toBe(422);
    const p = (await res.json()) as Problem;
    expect(p.errors[0]!.field).toBe('2: row');
  });
});

describe('bulk import: bad input is refused whole with a clear message', () => {
  const cases: [string, () => Uint8Array | string, RegExp, string?][] = [
    [
      'wrong encoding',
      () => new Uint8Array([...enc('name,description\r\nAplikasi '), 0xe9, 0x0d, 0x0a]),
      /UTF-8/,
    ],
    ['wrong delimiter', () => 'name;description\r\nAplikasi Uji;x\r\n', /koma/],
    ['an unknown column', () => 'name,colour\r\nAplikasi Uji,x\r\n', /colour/],
    ['10 MiB or more', () => `name\r\n${'a'.repeat(10 * 1024 * 1024)}\r\n`, /10 MiB/],
    [
      '20,000 rows or more',
      () => `name\r\n${Array.from({ length: 20_000 }, (_, i) => `Aplikasi ${i}`).join('\r\n')}\r\n`,
      /20000/,
    ],
    ['a damaged XLSX file', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), /XLSX rusak/],
    [
      'hostile YAML (alias bomb)',
      () =>
        `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\n  x: &a [x, x, x, x, x, x, x, x, x]\n  y: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n  z: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n  w: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
      /alias/,
      'catalog-info.yaml',
    ],
    ['deeply nested JSON', () => `${'['.repeat(5000)}${']'.repeat(5000)}`, /bersarang/, 'x.json'],
    ['malformed JSON', () => '{"name": ', /JSON/, 'x.json'],
  ];
  for (const [what, body, message, name] of cases) {
    it(`refuses ${what}`, async () => {
      const t = await setup();
      const before = await count(t.db);
      const res = await post(t, `dryRun=false&name=${name ?? 'x.csv'}`, body() as BodyInit, t.owner);
      expect(res.status).toBe(422);
      const p = (await res.json()) as Problem;
      expect(p.errors[0]!.field).toBe('file');
      expect(p.errors[0]!.message).toMatch(message);
      expect(await count(t.db)).toBe(before);
    }, 60_000);
  }

  it('refuses formula cells, unknown codes and duplicate rows, row by row', async () => {
    const t = await setup();
    const res = await post(
      t,
      'dryRun=true',
      csv(
        'Aplikasi Rumus,,=1+1,draft,,',
        'Aplikasi Kode,,x,draft,RAB.09.06.01,RAD.99.99.99:master',
        'Aplikasi Ganda,,x,draft,,',
        'aplikasi ganda,,x,draft,,',
        "Aplikasi Kutip,,'=bukan rumus,draft,,",
      ),
      t.owner,
    );
    const r = (await res.json()) as Report;
    expect(r.rows.map((x) => [x.line, x.action, x.issues[0]?.field])).toEqual([
      [2, 'error', 'description'],
      [3, 'error', 'dataEntities.0.code'],
      [4, 'create', undefined],
      [5, 'error', 'name'],
      [6, 'create', undefined],
    ]);
    expect(r.rows[3]!.issues[0]!.message).toContain('4');
  });

  it('lets an operator import only for their own agency, and nobody else at all', async () => {
    const t = await setup();
    const body = csv('Aplikasi Uji,,x,draft,,');
    expect((await post(t, 'agency=35.08', body, t.owner)).status).toBe(403);
    expect((await post(t, '', body, t.reviewer)).status).toBe(403);
    expect((await post(t, '', body, null)).status).toBe(401);
    expect((await post(t, 'agency=35.08', body, t.admin)).status).toBe(200);
  });
});
