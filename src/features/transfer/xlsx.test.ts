import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app';
import { type Actor, makeActor, ORIGIN } from '../../../test/support/auth';
import { addPublicationFixtures } from '../../../test/support/publication';
import { rowCount } from '../../../test/support/repo';
import { inline, OLE2, textRow, xlsxFile } from '../../../test/support/xlsx';
import { APPLICATION_COLUMNS } from './formats';
import { MAX_XLSX_TOTAL } from './xlsx';

async function setup() {
  const t = await createTestApp();
  const ids = await addPublicationFixtures(t.db);
  const owner = await makeActor(t.db, 'operator', '35.07', 'op@malangkab.go.id');
  return { ...t, ...ids, owner };
}
type T = Awaited<ReturnType<typeof setup>>;

type Report = {
  format: string;
  applied: boolean;
  counts: Record<string, number>;
  rows: {
    line: number;
    name: string;
    action: string;
    id?: number;
    issues: { field: string; message: string }[];
  }[];
};
type Problem = { status: number; errors: { field: string; message: string }[] };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function post(t: T, query: string, body: Uint8Array<ArrayBuffer> | string, type = XLSX) {
  return t.app.request(`/api/v1/imports?${query}`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': type, Authorization: `Bearer ${t.owner.token}` },
  });
}

function count(t: T) {
  return rowCount(t.db, 'applications');
}

/** A form post of the import page, as a signed-in browser sends it. */
function upload(t: T, fields: Record<string, string | File>, actor: Actor = t.owner) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('_csrf', actor.csrf);
  return t.app.request('/impor', {
    method: 'POST',
    body: form,
    headers: { Cookie: actor.cookie, Origin: ORIGIN },
  });
}

/** A sheet whose header is A name, B description, C (empty), D yearlyCost, E launchYear, F functions. */
const HEADER = textRow(1, ['name', 'description', '', 'yearlyCost', 'launchYear', 'functions']);

describe('XLSX import', () => {
  it('reads shared, rich and inline strings, numbers and column gaps into the same rows as CSV, with sheet row numbers', async () => {
    const t = await setup();
    const book = xlsxFile({
      shared: [
        '<t>name</t>',
        '<t>description</t>',
        '<r><t>Aplikasi </t></r><r><rPr><b/></rPr><t>Persuratan Dinas Malang</t></r>',
      ],
      sheetData: [
        // The header from shared strings and inline strings, with column C left empty.
        `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>${inline('D1', 'yearlyCost')}${inline('E1', 'launchYear')}${inline('F1', 'functions')}</row>`,
        // A rich shared string, a number without ".0", a year, and a gap at C.
        '<row r="2"><c r="A2" t="s"><v>2</v></c>',
        `${inline('B2', 'Naskah dinas &amp; disposisi')}<c r="D2"><v>150000000</v></c><c r="E2"><v>2024</v></c>${inline('F2', 'RAL.02.06.01')}</row>`,
        // Rows 3 and 4 are empty; row 5 gives a boolean where a whole number belongs.
        `<row r="5">${inline('A5', 'Aplikasi Boolean')}${inline('B5', 'x')}<c r="D5" t="b"><v>1</v></c></row>`,
      ].join(''),
    });
    const res = await post(t, 'dryRun=true', book);
    expect(res.status).toBe(200);
    const report = (await res.json()) as Report;
    expect(report.format).toBe('xlsx');
    expect(report.rows.map((r) => [r.line, r.name, r.action])).toEqual([
      [2, 'Aplikasi Persuratan Dinas Malang', 'create'],
      [5, 'Aplikasi Boolean', 'error'],
    ]);
    expect(report.rows[1]!.issues).toEqual([{ field: 'yearlyCost', message: 'harus bilangan bulat' }]);

    const applied = (await (
      await post(t, 'dryRun=false', xlsxFile({ sheetData: HEADER + sheetRow(2) }))
    ).json()) as Report;
    expect(applied.applied).toBe(true);
    const app = (await (
      await t.app.request(`/api/v1/applications/${applied.rows[0]!.id}`, {
        headers: { Authorization: `Bearer ${t.owner.token}` },
      })
    ).json()) as Record<string, unknown>;
    expect(app).toMatchObject({
      name: 'Aplikasi Persuratan Dinas Malang',
      description: 'Naskah dinas & disposisi',
      yearlyCost: 150000000,
      launchYear: 2024,
      functions: [expect.objectContaining({ code: 'RAL.02.06.01' })],
    });
  });

  it('refuses a formula cell as an error of its row, naming the column, and stores nothing of it', async () => {
    const t = await setup();
    const before = await count(t);
    const book = xlsxFile({
      sheetData:
        HEADER +
        sheetRow(2) +
        `<row r="3">${inline('A3', 'Aplikasi Rumus')}<c r="B3" t="str"><f>CONCAT("a","b")</f><v>ab</v></c><c r="D3"><f>1000*12</f><v>12000</v></c></row>` +
        // Text that starts with "=" is text in a sheet (the cell says so), not a formula.
        `<row r="4">${inline('A4', 'Aplikasi Teks')}${inline('B4', '=bukan rumus, teks')}</row>`,
    });
    const res = await post(t, 'dryRun=false', book);
    expect(res.status).toBe(422);
    const p = (await res.json()) as Problem;
    expect(p.errors).toEqual([
      {
        field: '3: description',
        message: expect.stringMatching(/^sel berisi rumus; salin lalu tempel sebagai nilai/),
      },
      { field: '3: yearlyCost', message: expect.stringMatching(/^sel berisi rumus/) },
    ]);
    expect(await count(t)).toBe(before);
    const en = (await (await post(t, 'dryRun=true&lang=en', book)).json()) as Report;
    expect(en.rows.map((r) => [r.line, r.action])).toEqual([
      [2, 'create'],
      [3, 'error'],
      [4, 'create'],
    ]);
    expect(en.rows[1]!.issues[0]!.message).toMatch(/holds a formula; copy it and paste it as values/);
  });

  it('reports a value right of the header as an error of its row', async () => {
    const t = await setup();
    const book = xlsxFile({
      sheetData: `${HEADER}<row r="2">${inline('A2', 'Aplikasi Lebar')}${inline('H2', 'lupa')}</row>`,
    });
    const r = (await (await post(t, 'dryRun=true', book)).json()) as Report;
    expect(r.rows[0]!.issues).toEqual([
      { field: 'H2', message: 'sel berisi nilai di kolom tanpa judul; hapus nilainya atau beri judul kolom' },
    ]);
  });

  const refusals: [string, () => Uint8Array<ArrayBuffer>, RegExp][] = [
    [
      'a zip bomb (an entry declaring more than the limit), before inflating it',
      // 51 MiB of spaces compress to ~50 KiB.
      () =>
        xlsxFile({
          sheetData: HEADER,
          parts: { 'xl/media/a.bin': new Uint8Array(MAX_XLSX_TOTAL + 1024 * 1024).fill(32) },
        }),
      /melebihi 50 MiB.*bom zip/,
    ],
    [
      'an old .xls (or password-protected) workbook',
      () => OLE2,
      /\.xls lama.*simpan sebagai \.xlsx .* atau "CSV UTF-8"/,
    ],
    [
      'a ZIP that is not a workbook',
      () => zipSync({ 'catatan.txt': strToU8('bukan buku kerja') }),
      /bukan buku kerja Excel/,
    ],
    [
      'XML with a DOCTYPE (entity expansion)',
      () =>
        xlsxFile({
          sheetData: HEADER,
          parts: {
            'xl/sharedStrings.xml':
              '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>',
          },
        }),
      /DOCTYPE/,
    ],
    ['a damaged workbook', () => xlsxFile({ sheetData: HEADER }).slice(0, 300), /rusak/],
    [
      '20,000 rows or more',
      () =>
        xlsxFile({
          sheetData: `<row r="1">${inline('A1', 'name')}</row>${Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 2}">${inline(`A${i + 2}`, `Aplikasi ${i}`)}</row>`).join('')}`,
        }),
      /20000/,
    ],
    ['a sheet without rows', () => xlsxFile({ sheetData: '' }), /tidak berisi satu aplikasi pun/],
  ];
  for (const [what, body, message] of refusals) {
    it(`refuses ${what}, whole, saying why`, async () => {
      const t = await setup();
      const before = await count(t);
      const res = await post(t, 'dryRun=false', body());
      expect(res.status).toBe(422);
      const p = (await res.json()) as Problem;
      expect(p.errors).toEqual([{ field: 'file', message: expect.stringMatching(message) }]);
      expect(await count(t)).toBe(before);
    }, 60_000);
  }

  it('reads an export as CSV and the same cells as a workbook to the same dry run', async () => {
    const t = await setup();
    const csv = await (await t.app.request('/api/v1/export/applications.csv?agency=35.07')).text();
    const cells = parseCsv(csv, { bom: true }) as string[][];
    expect(cells.length).toBeGreaterThan(1);
    // As a spreadsheet stores it: numbers as number cells, text as shared strings.
    const shared: string[] = [];
    const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const sheetData = cells
      .map(
        (row, r) =>
          `<row r="${r + 1}">${row
            .map((v, c) => {
              const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
              if (v === '') return '';
              if (/^\d+$/.test(v)) return `<c r="${ref}"><v>${v}</v></c>`;
              shared.push(`<t xml:space="preserve">${xmlEscape(v)}</t>`);
              return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
            })
            .join('')}</row>`,
      )
      .join('');
    const fromCsv = (await (
      await post(t, 'dryRun=true&name=aplikasi.csv', csv, 'text/csv')
    ).json()) as Report;
    const fromXlsx = (await (await post(t, 'dryRun=true', xlsxFile({ sheetData, shared }))).json()) as Report;
    expect(fromCsv.counts.unchanged).toBeGreaterThan(0);
    expect(fromXlsx.counts).toEqual(fromCsv.counts);
    expect(fromXlsx.rows).toEqual(fromCsv.rows);
  });
});

/** Row `line` of the HEADER sheet: one new application with a cost, a year and a function. */
function sheetRow(line: number) {
  return `<row r="${line}">${inline(`A${line}`, 'Aplikasi Persuratan Dinas Malang')}${inline(`B${line}`, 'Naskah dinas &amp; disposisi')}<c r="D${line}"><v>150000000</v></c><c r="E${line}"><v>2024</v></c>${inline(`F${line}`, 'RAL.02.06.01')}</row>`;
}

describe('/impor/templat.xlsx', () => {
  it('is a workbook with the CSV template header and example, and a sheet of codes, in the page language', async () => {
    const t = await setup();
    const res = await t.app.request('/impor/templat.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="templat-impor-aplikasi.xlsx"');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(strFromU8(files['xl/workbook.xml']!)).toMatch(/<sheet name="Aplikasi".*<sheet name="Kode"/);
    const codes = strFromU8(files['xl/worksheets/sheet2.xml']!);
    expect(codes).toContain('>RAB.09.06.01<');
    expect(codes).toContain('>RAD.09.06.01<');
    expect(codes).toContain('>fungsi<');
    const en = await t.app.request('/impor/templat.xlsx?lang=en');
    expect(
      strFromU8(unzipSync(new Uint8Array(await en.arrayBuffer()))['xl/worksheets/sheet2.xml']!),
    ).toContain('>function<');
    const header = strFromU8(files['xl/worksheets/sheet1.xml']!);
    for (const column of APPLICATION_COLUMNS) expect(header).toContain(`>${column}<`);
    expect(header).toContain('<v>150000000</v>');
  });

  it('imports as it is on the page: dry run, then apply from the report without choosing it again', async () => {
    const t = await setup();
    const page = await (await t.app.request('/impor', { headers: { Cookie: t.owner.cookie } })).text();
    expect(page).toContain('href="/impor/templat.xlsx"');
    expect(page).toContain('Unduh templat XLSX');
    expect(page).toContain('Unduh templat CSV');
    const template = new Uint8Array(await (await t.app.request('/impor/templat.xlsx')).arrayBuffer());
    const dry = await upload(t, {
      agency: '35.07',
      mode: 'dry',
      file: new File([template], 'templat.xlsx', { type: XLSX }),
    });
    expect(dry.status).toBe(200);
    const html = await dry.text();
    expect(html).toContain('Hasil uji coba (belum disimpan)');
    expect(html).toContain('1 baru, 0 diubah, 0 tetap, 0 salah');
    expect(html).toContain('name="encoding" value="base64"');
    const content = /<textarea name="content"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!;
    const applied = await upload(t, {
      agency: '35.07',
      mode: 'apply',
      fileName: 'templat.xlsx',
      encoding: 'base64',
      content,
    });
    expect(applied.status).toBe(200);
    const after = await applied.text();
    expect(after).toContain('Impor disimpan');
    const id = /href="\/aplikasi\/(\d+)">Sistem Informasi Contoh</.exec(after)?.[1];
    const app = (await (
      await t.app.request(`/api/v1/applications/${id}`, {
        headers: { Authorization: `Bearer ${t.owner.token}` },
      })
    ).json()) as Record<string, unknown>;
    expect(app).toMatchObject({ name: 'Sistem Informasi Contoh', yearlyCost: 150000000, launchYear: 2024 });
  });

  it('with htmx, runs a workbook as a job the page polls, and carries it to the apply form', async () => {
    const t = await setup();
    const template = new Uint8Array(await (await t.app.request('/impor/templat.xlsx')).arrayBuffer());
    const form = new FormData();
    form.append('agency', '35.07');
    form.append('mode', 'dry');
    form.append('file', new File([template], 'templat.xlsx'));
    form.append('_csrf', t.owner.csrf);
    const inPlace = { 'HX-Request': 'true', 'HX-Target': 'import-job' };
    const started = await t.app.request('/impor', {
      method: 'POST',
      body: form,
      headers: { Cookie: t.owner.cookie, Origin: ORIGIN, ...inPlace },
    });
    expect(started.status).toBe(202);
    let html = await started.text();
    for (let i = 0; i < 200 && /hx-get="\/impor\/kemajuan\//.test(html); i++) {
      await new Promise((r) => setTimeout(r, 10));
      const url = /hx-get="(\/impor\/kemajuan\/[^"]+)"/.exec(html)![1]!;
      html = await (await t.app.request(url, { headers: { Cookie: t.owner.cookie, ...inPlace } })).text();
    }
    expect(html).toContain('1 baru, 0 diubah, 0 tetap, 0 salah');
    expect(html).toContain('name="encoding" value="base64"');
  });

  it('shows a refused workbook on the page in the page language', async () => {
    const t = await setup();
    const res = await upload(t, { agency: '35.07', mode: 'dry', file: new File([OLE2], 'lama.xls') });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Berkas ditolak');
    expect(html).toContain('buku kerja .xls lama');
  });
});
