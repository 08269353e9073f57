import { XMLParser } from 'fast-xml-parser';
import { Inflate, strToU8, zipSync } from 'fflate';
import { type Message, msg } from '../../kernel/i18n';

// Reading the first sheet of an .xlsx workbook into rows of cell texts, and writing a small
// workbook (the import template), with no I/O (decision 0037). An .xlsx file is a ZIP of XML
// parts; fflate inflates, fast-xml-parser reads the small parts (relationships, workbook), and a
// scanner of the few elements that matter reads the sheet and its shared strings (fast-xml-parser
// took 1.4-2.6 s for the sheet of 5,000 rows; the scanner is linear and some 20 times faster).
// Uploads are hostile until read: the ZIP's directory is checked (declared sizes, encryption,
// compression) before anything is inflated, and an entry is inflated as a stream that stops as
// soon as it yields more than it declared.

/** Declared uncompressed size of all the ZIP's entries together, at most. */
export const MAX_XLSX_TOTAL = 50 * 1024 * 1024;
/** Declared uncompressed size of one part read (the sheet, its shared strings), at most. */
export const MAX_XLSX_PART = 40 * 1024 * 1024;
/** Column XFD: the widest sheet a spreadsheet program writes. */
const MAX_COLUMNS = 16_384;
/** Compressed bytes given to the inflater at a time: bounds what one step can yield (~1032×). */
const INFLATE_STEP = 1024;

/** A cell's value as text, or a formula (which the import refuses, as in a CSV file). */
export type XlsxCell = string | { formula: string };

/** A sheet row that holds at least one value; `line` is its row number in the sheet. */
export interface XlsxRow {
  line: number;
  cells: XlsxCell[];
}

export type XlsxResult = { ok: true; rows: XlsxRow[] } | { ok: false; error: Message };

const refuse = (error: Message): XlsxResult => ({ ok: false, error });

/** A ZIP file (or an empty ZIP) starts with a local header or end-of-directory signature. */
export const isZip = (b: Uint8Array) =>
  b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 0x03 && b[3] === 0x04) || (b[2] === 0x05 && b[3] === 0x06));

/** An OLE2 compound file: an old .xls workbook, or an .xlsx saved with a password. */
export const isOle2 = (b: Uint8Array) =>
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((x, i) => b[i] === x);

// --- ZIP directory --------------------------------------------------------------------------------

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Thrown while inflating: the entry yields more than it declared (a lie, or a zip bomb). */
class Oversized extends Error {}

/** The central directory's entries, or null when it cannot be read (damaged, ZIP64, not a ZIP). */
function zipEntries(bytes: Uint8Array, view: DataView): ZipEntry[] | null {
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = -1;
  // The end-of-directory record is 22 bytes plus a comment of at most 65,535.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(end + 10);
  let at = u32(end + 16);
  // ZIP64 markers: a file under 10 MiB never needs them, so they are read as damage.
  if (count === 0xffff || at === 0xffffffff) return null;
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) return null;
    const nameLength = u16(at + 28);
    const entry = {
      flags: u16(at + 8),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      offset: u32(at + 42),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) return null;
    entries.push(entry);
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/** One entry's bytes: exactly its declared size, or 'damaged' / 'oversized' without more work. */
function inflateEntry(
  bytes: Uint8Array,
  view: DataView,
  entry: ZipEntry,
): Uint8Array | 'damaged' | 'oversized' {
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return 'damaged';
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return 'damaged';
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return entry.compressedSize === entry.size ? data : 'damaged';
  if (entry.method !== 8 || !data.length) return 'damaged';
  const out = new Uint8Array(entry.size);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > out.length) throw new Oversized();
    out.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    for (let i = 0; i < data.length; i += INFLATE_STEP)
      inflater.push(data.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= data.length);
  } catch (e) {
    return e instanceof Oversized ? 'oversized' : 'damaged';
  }
  return filled === out.length ? out : 'damaged';
}

// --- XML ----------------------------------------------------------------------------------------

type Xml = Record<string, unknown>;

const REPEATED = new Set(['sheet', 'Relationship', 'row', 'c', 'si', 'r']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  alwaysCreateTextNode: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // No entity is expanded (a DOCTYPE is refused before parsing); the five predefined ones and
  // character references are decoded by `xmlText`.
  processEntities: false,
  htmlEntities: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && REPEATED.has(name),
});

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text as the XML says it: references decoded, then OOXML's `_xHHHH_` escapes (`_x000D_`). */
function xmlText(raw: string): string {
  return raw
    .replace(/&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g, (whole, dec, hex, name) => {
      if (name) return PREDEFINED[name] ?? whole;
      const code = dec ? Number(dec) : Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)));
}

const list = (v: unknown): Xml[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is Xml => typeof x === 'object' && x !== null,
  );
const attr = (node: Xml | undefined, name: string) =>
  typeof node?.[`@${name}`] === 'string' ? (node[`@${name}`] as string) : '';
const child = (node: Xml | undefined, name: string): Xml | undefined => list(node?.[name])[0];

/** A part read: its text, or why it is refused. */
type Part = { ok: true; text: string } | { ok: false; error: Message };
type Refusal = { ok: false; error: Message };

const DAMAGED: Refusal = { ok: false, error: msg('transfer.xlsxDamaged') };

/** A part's text, or a refusal: not UTF-8, or a DOCTYPE (entity declarations). */
function partText(bytes: Uint8Array): Part {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return DAMAGED;
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return { ok: false, error: msg('transfer.xlsxDoctype') };
  return { ok: true, text };
}

/** A small part (relationships, workbook) as a tree; undefined when it is not XML. */
function parseXml(text: string): Xml | undefined {
  try {
    const doc: unknown = parser.parse(text);
    return typeof doc === 'object' && doc !== null ? (doc as Xml) : undefined;
  } catch {
    return undefined;
  }
}

// --- Scanning the sheet and the shared strings ----------------------------------------------------

/** One start, end or empty-element tag at the scanner's position (attributes never hold `<`). */
const TAG = /<(\/?)(?:[\w.-]+:)?([\w.-]+)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/y;
const ATTR_R = /(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const ATTR_T = /(?:^|\s)t\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const attrIn = (attrs: string, re: RegExp) => {
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2] ?? '') : '';
};

/**
 * Walks an XML text once, left to right: `onTag` for each tag (a self-closing one as `empty`),
 * `onText` for the text between tags. Comments, processing instructions and CDATA are found with
 * `indexOf`, so nothing is scanned twice. False when the text is not well formed enough to walk.
 */
function scanXml(
  text: string,
  onTag: (end: boolean, name: string, attrs: string, empty: boolean) => void,
  onText: (raw: string) => void,
): boolean {
  let pos = 0;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) {
      onText(text.slice(pos));
      return true;
    }
    if (lt > pos) onText(text.slice(pos, lt));
    const next = text.charCodeAt(lt + 1);
    if (next === 0x3f) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) return false;
      pos = end + 2;
    } else if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) return false;
      pos = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) return false;
      onText(text.slice(lt + 9, end).replace(/&/g, '&amp;'));
      pos = end + 3;
    } else {
      TAG.lastIndex = lt;
      const m = TAG.exec(text);
      if (!m) return false;
      const attrs = m[3] ?? '';
      const empty = attrs.endsWith('/');
      onTag(m[1] === '/', m[2]!, empty ? attrs.slice(0, -1) : attrs, empty);
      pos = TAG.lastIndex;
    }
  }
  return true;
}

/** The shared strings: each `<si>`'s text (`<t>`, or rich text runs `<r><t>`), phonetic runs left out. */
function sharedStrings(text: string): string[] | undefined {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = false;
  const ok = scanXml(
    text,
    (end, name, _attrs, empty) => {
      if (name === 'si') {
        if (!end) current = '';
        if (end || empty) strings.push(xmlText(current ?? ''));
        if (end || empty) current = null;
      } else if (name === 'rPh') phonetic = !end && !empty;
      else if (name === 't') inText = !end && !empty && !phonetic && current !== null;
    },
    (raw) => {
      if (inText) current += raw;
    },
  );
  return ok ? strings : undefined;
}

/** A cell as the scanner collects it, before its value is worked out. */
interface ScannedCell {
  type: string;
  formula: string | null;
  v: string;
  inline: string;
}

/** The sheet's rows with a value, or undefined when it is damaged (or wider than XFD). */
function sheetRows(text: string, shared: string[]): XlsxRow[] | undefined {
  const rows: XlsxRow[] = [];
  let line = 0;
  let cells: XlsxCell[] = [];
  let column = -1;
  let cell: ScannedCell | null = null;
  let capture: 'v' | 'f' | 't' | null = null;
  let inInline = false;
  let phonetic = false;
  let broken = false;
  const endCell = () => {
    if (!cell) return;
    const value = cellValue(cell, shared);
    if (value === undefined || column >= MAX_COLUMNS) broken = true;
    else {
      while (cells.length < column) cells.push('');
      cells[column] = value;
    }
    cell = null;
    capture = null;
  };
  const endRow = () => {
    endCell();
    if (cells.some((c) => c !== '')) rows.push({ line, cells });
    cells = [];
  };
  const ok = scanXml(
    text,
    (end, name, attrs, empty) => {
      switch (name) {
        case 'row':
          if (!end) {
            line = Number(attrIn(attrs, ATTR_R)) || line + 1;
            cells = [];
            column = -1;
          }
          if (end || empty) endRow();
          return;
        case 'c':
          if (!end) {
            endCell();
            const at = columnIndex(attrIn(attrs, ATTR_R));
            column = at >= 0 ? at : column + 1;
            cell = { type: attrIn(attrs, ATTR_T), formula: null, v: '', inline: '' };
          }
          if (end || empty) endCell();
          return;
        case 'f':
          if (cell && !end) cell.formula ??= '';
          capture = cell && !end && !empty ? 'f' : null;
          return;
        case 'v':
          capture = cell && !end && !empty ? 'v' : null;
          return;
        case 'is':
          inInline = !end && !empty;
          return;
        case 'rPh':
          phonetic = !end && !empty;
          return;
        case 't':
          capture = cell && inInline && !phonetic && !end && !empty ? 't' : null;
          return;
      }
    },
    (raw) => {
      if (!cell || !capture) return;
      if (capture === 'v') cell.v += raw;
      else if (capture === 'f') cell.formula += raw;
      else cell.inline += raw;
    },
  );
  return ok && !broken ? rows : undefined;
}

// --- Workbook -------------------------------------------------------------------------------------

/** A part name as the ZIP holds it: no leading `/`, `..` resolved, compared case-insensitively. */
function resolvePart(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${base}${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p && p !== '.') out.push(p);
  }
  return out.join('/').toLowerCase();
}

const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
const relsOf = (path: string) => `${dirOf(path)}_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`;

/** Column letters (`A`, `AB`) as a 0-based index; -1 when the reference has none. */
function columnIndex(ref: string): number {
  const letters = /^([A-Za-z]{1,3})\d*$/.exec(ref)?.[1];
  if (!letters) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A number cell as a spreadsheet shows it: whole numbers without ".0", 15 significant digits. */
function numberText(raw: string): string {
  const n = Number(raw.trim());
  if (!raw.trim() || !Number.isFinite(n)) return raw.trim();
  return String(Number(n.toPrecision(15)));
}

/**
 * The first sheet of an .xlsx workbook as rows of cell texts (rows without any value left out).
 * Refuses, with a message naming the problem, a ZIP that is not a workbook, declared sizes over
 * the limits, an entry that inflates past its declared size, encryption, DOCTYPEs and damage.
 */
export function readXlsx(bytes: Uint8Array): XlsxResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = bytes.length >= 22 ? zipEntries(bytes, view) : null;
  if (!entries) return refuse(msg('transfer.xlsxDamaged'));
  // Every declared size is checked before a single byte is inflated.
  let total = 0;
  for (const e of entries) total += e.size;
  if (total > MAX_XLSX_TOTAL)
    return refuse(msg('transfer.xlsxTooLarge', { max: `${MAX_XLSX_TOTAL / 1024 / 1024} MiB` }));
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));

  const tooLarge: Part = {
    ok: false,
    error: msg('transfer.xlsxTooLarge', { max: `${MAX_XLSX_PART / 1024 / 1024} MiB` }),
  };
  const read = (name: string): Part | undefined => {
    const entry = byName.get(name);
    if (!entry) return undefined;
    if (entry.flags & 1) return { ok: false, error: msg('transfer.xlsOrEncrypted') };
    if (entry.size > MAX_XLSX_PART) return tooLarge;
    const data = inflateEntry(bytes, view, entry);
    if (data === 'oversized') return tooLarge;
    if (data === 'damaged') return DAMAGED;
    return partText(data);
  };
  /** A small part as a tree: undefined when absent, a refusal when unreadable. */
  const readXml = (name: string): { ok: true; xml: Xml } | Refusal | undefined => {
    const part = read(name);
    if (!part?.ok) return part;
    const xml = parseXml(part.text);
    return xml ? { ok: true, xml } : DAMAGED;
  };

  // The workbook is the package's officeDocument (xl/workbook.xml in every writer seen).
  const packageRels = readXml('_rels/.rels');
  if (packageRels && !packageRels.ok) return packageRels;
  const office = list(child(packageRels?.xml, 'Relationships')?.Relationship).find((r) =>
    attr(r, 'Type').endsWith('/officeDocument'),
  );
  const workbookName = office ? resolvePart('', attr(office, 'Target')) : 'xl/workbook.xml';
  const workbook = readXml(workbookName);
  if (!workbook) return refuse(msg('transfer.xlsxNoWorkbook'));
  if (!workbook.ok) return workbook;
  const firstSheet = list(child(child(workbook.xml, 'workbook'), 'sheets')?.sheet)[0];
  if (!firstSheet) return refuse(msg('transfer.xlsxNoWorkbook'));
  const rels = readXml(relsOf(workbookName));
  if (rels && !rels.ok) return rels;
  const relations = list(child(rels?.xml, 'Relationships')?.Relationship);
  const sheetRel = relations.find((r) => attr(r, 'Id') === attr(firstSheet, 'id'));
  if (!sheetRel) return refuse(msg('transfer.xlsxNoWorkbook'));
  const base = dirOf(workbookName);
  const sheet = read(resolvePart(base, attr(sheetRel, 'Target')));
  if (!sheet) return refuse(msg('transfer.xlsxNoWorkbook'));
  if (!sheet.ok) return sheet;
  const stringsRel = relations.find((r) => attr(r, 'Type').endsWith('/sharedStrings'));
  const strings = read(
    stringsRel ? resolvePart(base, attr(stringsRel, 'Target')) : `${base}sharedstrings.xml`,
  );
  if (strings && !strings.ok) return strings;
  const shared = strings ? sharedStrings(strings.text) : [];
  if (!shared) return DAMAGED;
  const rows = sheetRows(sheet.text, shared);
  return rows ? { ok: true, rows } : DAMAGED;
}

/** A cell's value; undefined when it points at a shared string that does not exist. */
function cellValue(c: ScannedCell, shared: string[]): XlsxCell | undefined {
  if (c.formula !== null) return { formula: xmlText(c.formula) };
  const v = xmlText(c.v);
  switch (c.type) {
    case 's':
      if (!v.trim()) return '';
      return /^\d+$/.test(v.trim()) ? shared[Number(v)] : undefined;
    case 'inlineStr':
      return xmlText(c.inline);
    case 'b':
      return v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : v;
    case 'str':
    case 'e':
    case 'd':
      return v;
    default:
      return numberText(v);
  }
}

// --- Writing ----------------------------------------------------------------------------------------

/** One sheet to write: its name (at most 31 characters) and rows of cells. */
export interface XlsxSheet {
  name: string;
  rows: (string | number | null)[][];
  /** Column widths in characters. */
  widths?: number[];
  /** Keeps the first row in view while scrolling. */
  freezeHeader?: boolean;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text for XML: markup escaped, characters XML 1.0 cannot hold left out, `_xHHHH_` kept literal. */
const escapeXml = (s: string) =>
  s
    .replace(/_x([0-9a-fA-F]{4})_/g, '_x005F_x$1_')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** A 0-based column index as its letters (0 → A, 27 → AB). */
export const columnName = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : columnName(Math.floor(i / 26) - 1) + columnName(i % 26);

function sheetXml(sheet: XlsxSheet, first: boolean): string {
  const views = `<sheetViews><sheetView workbookViewId="0"${first ? ' tabSelected="1"' : ''}>${
    sheet.freezeHeader
      ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
      : ''
  }</sheetView></sheetViews>`;
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const rows = sheet.rows
    .map((cells, r) => {
      const xml = cells
        .map((value, c) => {
          const ref = `${columnName(c)}${r + 1}`;
          if (value === null || value === '') return '';
          if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  return `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${views}${cols}<sheetData>${rows}</sheetData></worksheet>`;
}

/** A workbook of the given sheets (inline strings, no styles), as the bytes of an .xlsx file. */
export function writeXlsx(sheets: XlsxSheet[]): Uint8Array<ArrayBuffer> {
  const n = sheets.map((_, i) => i + 1);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${n
        .map(
          (i) =>
            `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets
        .map(
          (s, i) => `<sheet name="${escapeXml(s.name.slice(0, 31))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${n
        .map((i) => `<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`)
        .join('')}</Relationships>`,
    ),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s, i === 0));
  });
  return zipSync(files, { level: 6 });
}
