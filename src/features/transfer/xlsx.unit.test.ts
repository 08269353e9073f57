import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inline, OLE2, textRow, xlsxFile } from '../../../test/support/xlsx';
import { isOle2, isZip, MAX_XLSX_PART, readXlsx, writeXlsx } from './xlsx';

const rowsOf = (bytes: Uint8Array) => {
  const r = readXlsx(bytes);
  if (!r.ok) throw new Error(`refused: ${r.error.key}`);
  return r.rows;
};
const errorOf = (bytes: Uint8Array) => {
  const r = readXlsx(bytes);
  return r.ok ? undefined : r.error.key;
};

/**
 * Rewrites the ZIP entry `name` in place: its declared uncompressed size (local header and central
 * directory) and, from `garbleFrom` on, its compressed bytes (0xFF: a reserved deflate block type
 * and invalid codes). Answers the entry's compressed size.
 */
function tamper(bytes: Uint8Array, name: string, opts: { declared: number; garbleFrom: number }): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wanted = strToU8(name);
  const named = (at: number) => wanted.every((b, k) => bytes[at + k] === b);
  let compressed = -1;
  for (let i = 0; i + 46 < bytes.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === wanted.length && named(i + 30)) {
      view.setUint32(i + 22, opts.declared, true);
      compressed = view.getUint32(i + 18, true);
      const data = i + 30 + wanted.length + view.getUint16(i + 28, true);
      bytes.fill(0xff, data + opts.garbleFrom, data + compressed);
    } else if (sig === 0x02014b50 && view.getUint16(i + 28, true) === wanted.length && named(i + 46)) {
      view.setUint32(i + 24, opts.declared, true);
    }
  }
  if (compressed < 0) throw new Error(`no entry ${name}`);
  return compressed;
}

describe('readXlsx', () => {
  it('reads shared, rich, inline and formula-result strings, numbers, booleans and empty cells by column', () => {
    const rows = rowsOf(
      xlsxFile({
        shared: [
          '<t>Sistem &amp; Aplikasi</t>',
          '<r><t>Kaya </t></r><r><rPr><b/></rPr><t>teks</t></r>',
          '<t>baris_x000D_\nbaru</t>',
        ],
        sheetData: [
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
          `<row r="3">${inline('A3', ' spasi &lt;tetap&gt; ')}<c r="C3"><v>150000000</v></c><c r="D3"><v>1.5E+8</v></c><c r="E3"><v>0.30000000000000004</v></c><c r="F3" t="b"><v>1</v></c><c r="G3" t="b"><v>0</v></c><c r="H3"/><c r="I3" t="str"><v>teks</v></c></row>`,
          // Cells without a reference follow the one before; a row without one follows the last.
          '<row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row>',
          '<row r="9"><c r="B9"/></row>',
        ].join(''),
      }),
    );
    expect(rows).toEqual([
      { line: 1, cells: ['Sistem & Aplikasi', 'Kaya teks', 'baris\r\nbaru'] },
      {
        line: 3,
        cells: [' spasi <tetap> ', '', '150000000', '150000000', '0.3', 'TRUE', 'FALSE', '', 'teks'],
      },
      { line: 4, cells: ['a', 'b'] },
    ]);
  });

  it('reads prefixed elements, single-quoted attributes, comments, CDATA and processing instructions', () => {
    const rows = rowsOf(
      xlsxFile({
        shared: ['<t><![CDATA[a < b & c]]></t><rPh sb="0" eb="1"><t>fonetik</t></rPh>'],
        sheetData:
          "<!-- komentar <row> --><?mso x?><x:row r='2'><x:c r='B2' t='s'><x:v>0</x:v></x:c><x:c r=\"C2\" t=\"s\"/></x:row>",
      }),
    );
    expect(rows).toEqual([{ line: 2, cells: ['', 'a < b & c', ''] }]);
    expect(errorOf(xlsxFile({ sheetData: '<row r="1"><!-- tanpa akhir' }))).toBe('transfer.xlsxDamaged');
  });

  it('marks a cell holding a formula, whatever its cached value', () => {
    const rows = rowsOf(
      xlsxFile({
        sheetData:
          '<row r="2"><c r="A2" t="str"><f>CONCAT("a","b")</f><v>ab</v></c><c r="B2"><f>1+1</f><v>2</v></c></row>',
      }),
    );
    expect(rows[0]!.cells).toEqual([{ formula: 'CONCAT("a","b")' }, { formula: '1+1' }]);
  });

  it('reads only the first sheet, found through the workbook and its relationships', () => {
    const rows = rowsOf(xlsxFile({ sheetData: textRow(1, ['name']) + textRow(2, ['Pertama']) }));
    expect(rows.map((r) => r.cells[0])).toEqual(['name', 'Pertama']);
  });

  it('reads back what writeXlsx writes, numbers as numbers', () => {
    const bytes = writeXlsx([
      {
        name: 'Aplikasi',
        rows: [
          ['name', 'yearlyCost'],
          ['A & <B> _x0041_', 150000000],
        ],
        freezeHeader: true,
      },
      { name: 'Kode', rows: [['x']] },
    ]);
    expect(isZip(bytes)).toBe(true);
    expect(rowsOf(bytes)).toEqual([
      { line: 1, cells: ['name', 'yearlyCost'] },
      { line: 2, cells: ['A & <B> _x0041_', '150000000'] },
    ]);
  });

  it('refuses a ZIP without a workbook, a DOCTYPE, damage and encryption, naming each', () => {
    expect(errorOf(zipSync({ 'word/document.xml': strToU8('<w/>') }))).toBe('transfer.xlsxNoWorkbook');
    expect(errorOf(xlsxFile({ sheetData: '', omit: ['xl/workbook.xml'] }))).toBe('transfer.xlsxNoWorkbook');
    expect(
      errorOf(
        xlsxFile({
          sheetData: '',
          parts: {
            'xl/sharedStrings.xml':
              '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">]><sst><si><t>&a;</t></si></sst>',
          },
        }),
      ),
    ).toBe('transfer.xlsxDoctype');
    const cut = xlsxFile({ sheetData: textRow(1, ['name']) });
    expect(errorOf(cut.subarray(0, cut.length - 30))).toBe('transfer.xlsxDamaged');
    expect(errorOf(xlsxFile({ sheetData: '<row r="1"><c r="A1" t="s"><v>7</v></c></row>' }))).toBe(
      'transfer.xlsxDamaged',
    );
    // The general-purpose flag's bit 0 says "encrypted" in the central directory.
    const locked = xlsxFile({ sheetData: textRow(1, ['name']) });
    const view = new DataView(locked.buffer);
    for (let i = 0; i + 4 <= locked.length; i++)
      if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 8, 1, true);
    expect(errorOf(locked)).toBe('transfer.xlsOrEncrypted');
    expect(isOle2(OLE2)).toBe(true);
  });

  it('refuses a part declared larger than the limit before inflating it', () => {
    // A small part that claims to unpack to more than the limit, its data made undecodable: had
    // the reader started inflating it, it would answer "damaged", not "too large".
    const bytes = xlsxFile({ sheetData: textRow(1, ['name']), shared: ['<t>x</t>'] });
    tamper(bytes, 'xl/sharedStrings.xml', { declared: MAX_XLSX_PART + 1, garbleFrom: 0 });
    expect(() => unzipSync(bytes)).toThrow();
    expect(errorOf(bytes)).toBe('transfer.xlsxTooLarge');
  });

  it('stops inflating an entry as soon as it yields more than it declared', () => {
    // 8 MiB of spaces declared as 1,000 bytes, its compressed data garbled past the first KiBs: a
    // reader that inflated the whole entry (as fflate's unzipSync does) fails on the garbage; one
    // that stops when the output passes the declared size never reaches it.
    const bytes = xlsxFile({
      sheetData: textRow(1, ['name']),
      parts: { 'xl/sharedStrings.xml': new Uint8Array(8 * 1024 * 1024).fill(0x20) },
    });
    const compressed = tamper(bytes, 'xl/sharedStrings.xml', { declared: 1000, garbleFrom: 4096 });
    expect(compressed).toBeGreaterThan(4096 + 1024);
    expect(() => unzipSync(bytes)).toThrow();
    expect(errorOf(bytes)).toBe('transfer.xlsxTooLarge');
  });
});
