import { strToU8, zipSync } from 'fflate';

/**
 * XLSX fixtures built in the test, part by part, with fflate: a workbook whose first sheet holds
 * `sheetData` (raw `<row>` XML) and whose shared strings are `shared` (raw `<si>` contents).
 * `parts` adds or replaces parts (a string is written as UTF-8); `omit` leaves parts out.
 */
export function xlsxFile(opts: {
  sheetData: string;
  shared?: string[];
  parts?: Record<string, string | Uint8Array>;
  omit?: string[];
}): Uint8Array<ArrayBuffer> {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const pkg = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Aplikasi" sheetId="1" r:id="rId1"/><sheet name="Lain" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}"><Relationship Id="rId2" Type="${rel}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="${rel}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>${opts.sheetData}</sheetData></worksheet>`,
    'xl/worksheets/sheet2.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Bukan lembar pertama</t></is></c></row></sheetData></worksheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}" count="${opts.shared?.length ?? 0}">${(opts.shared ?? []).map((s) => `<si>${s}</si>`).join('')}</sst>`,
    ...opts.parts,
  };
  for (const name of opts.omit ?? []) delete files[name];
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])),
  );
}

/** An inline string cell. */
export const inline = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;

/** A row of inline string cells from column A on (empty strings leave the cell out). */
export const textRow = (line: number, values: string[]) =>
  `<row r="${line}">${values
    .map((v, i) => (v === '' ? '' : inline(`${String.fromCharCode(65 + i)}${line}`, v)))
    .join('')}</row>`;

/** The 8-byte signature of an OLE2 compound file (an old .xls), then filler. */
export const OLE2 = new Uint8Array([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...new Array(504).fill(0),
]);
