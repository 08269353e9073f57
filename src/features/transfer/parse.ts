import { parse as parseCsv } from 'csv-parse/sync';
import { parseAllDocuments } from 'yaml';
import { type Message, msg } from '../../kernel/i18n';
import { APPLICATION_COLUMNS, FORMULA_START, LIST_SEPARATOR } from './formats';
import { columnName, isOle2, isZip, readXlsx, type XlsxCell } from './xlsx';

// Reading an import file into rows, with no I/O: the file-level refusals (size, encoding,
// delimiter, row count, hostile ZIP or YAML) and the cell-level ones (formulas, malformed numbers
// and lists). A CSV file and the first sheet of an XLSX workbook are both tables, read into rows
// by one function. What a row means for the catalogue (codes, matching) is the service's job.

/** Files this large or larger are refused before parsing. */
export const MAX_BYTES = 10 * 1024 * 1024;
/** Files with this many rows or more are refused: split them. */
export const MAX_ROWS = 20_000;
/** Nesting beyond this in a YAML or JSON file is refused (stack exhaustion). */
const MAX_DEPTH = 64;
/** YAML aliases expanded at most this many times ("billion laughs"). */
const MAX_ALIASES = 100;

export type ImportFormat = 'csv' | 'xlsx' | 'json' | 'ndjson' | 'catalog-info' | 'publiccode';

/** A field problem of one row, named as the file names it. */
export interface RowIssue {
  field: string;
  message: Message;
}

/** One application read from the file: what it says, in the registry's input shape. */
export interface ParsedRow {
  /** 1-based line (CSV, NDJSON, YAML), sheet row (XLSX) or item number (JSON array). */
  line: number;
  /** The catalogue id the row names (its own export), if any. */
  id?: number;
  /** The version the row was exported at, for optimistic locking of an update. */
  version?: number;
  /** The fields the file gives; absent keys keep what is stored. */
  fields: Record<string, unknown>;
  issues: RowIssue[];
  /** A kind of entry the import does not register (a Backstage API), reported and skipped. */
  skipped?: Message;
}

export type ParseResult =
  | { ok: true; format: ImportFormat; rows: ParsedRow[] }
  | { ok: false; error: Message; line?: number };

const fail = (error: Message, line?: number): ParseResult => ({ ok: false, error, line });

/** The format a file name (or, failing that, its first characters) says. */
export function detectFormat(name: string, text: string): Exclude<ImportFormat, 'xlsx'> {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  if (ext === 'json') return 'json';
  const head = text.trimStart();
  if (
    ext === 'yml' ||
    ext === 'yaml' ||
    /^(---|apiVersion:|publiccodeYmlVersion:|kind:)/m.test(head.slice(0, 2000))
  ) {
    return /(^|\n)publiccodeYmlVersion:/.test(text) ? 'publiccode' : 'catalog-info';
  }
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return /\}\s*\n\s*\{/.test(head) ? 'ndjson' : 'json';
  return 'csv';
}

/** Reads an import file; the first problem of the file as a whole refuses it entirely. */
export function parseImport(bytes: Uint8Array, name: string): ParseResult {
  if (bytes.byteLength >= MAX_BYTES) return fail(msg('transfer.tooLarge', { max: '10 MiB' }));
  if (isOle2(bytes)) return fail(msg('transfer.xlsOrEncrypted'));
  if (isZip(bytes)) return checked(parseXlsxFile(bytes));
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return fail(msg('transfer.wrongEncoding'));
  let text: string;
  try {
    // `fatal`: a byte sequence that is not UTF-8 (a Windows-1252 "é") refuses the file, rather
    // than turning into U+FFFD in the catalogue.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(msg('transfer.wrongEncoding'));
  }
  if (!text.trim()) return fail(msg('transfer.empty'));
  const format = detectFormat(name, text);
  return checked(
    format === 'csv'
      ? parseCsvFile(text)
      : format === 'json' || format === 'ndjson'
        ? parseJsonFile(text, format)
        : parseYamlFile(text, format),
  );
}

/** The refusals every format shares: too many rows, or none. */
function checked(result: ParseResult): ParseResult {
  if (result.ok && result.rows.length >= MAX_ROWS)
    return fail(msg('transfer.tooManyRows', { max: MAX_ROWS }));
  if (result.ok && !result.rows.length) return fail(msg('transfer.empty'));
  return result;
}

// --- CSV and XLSX: tables --------------------------------------------------------------------

const COLUMN_BY_LOWER = new Map(APPLICATION_COLUMNS.map((c) => [c.toLowerCase(), c]));
/** Columns the export writes that the import reads but does not store. */
const INFORMATIONAL = new Set(['updatedAt']);

/** A cell of a table: its text, or a formula (an error of its row, never stored). */
type TableCell = XlsxCell;

/** A row of a table below its header, with the line (CSV) or sheet row (XLSX) it is on. */
interface TableRecord {
  line: number;
  cells: TableCell[];
}

function parseCsvFile(text: string): ParseResult {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, {
      bom: true,
      delimiter: ',',
      relax_column_count: false,
      skip_empty_lines: true,
      info: true,
      // Stops a quote left open from swallowing the rest of a 10 MiB file into one cell.
      max_record_size: 64 * 1024,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return fail(msg('transfer.csvMalformed', { detail: (e as Error).message.slice(0, 200) }), line);
  }
  const [headerRecord, ...body] = records;
  if (!headerRecord) return fail(msg('transfer.empty'));
  const header = headerRecord.record.map((h) => h.trim());
  if (header.length === 1 && /[;\t|]/.test(header[0]!)) return fail(msg('transfer.wrongDelimiter'), 1);
  return fromTable(
    'csv',
    header,
    body.map(({ record, info }) => ({ line: info.lines, cells: record.map(csvCell) })),
  );
}

/**
 * A CSV cell: the export's `'` before a formula character removed; a bare formula start (what a
 * spreadsheet would run) is a formula.
 */
function csvCell(raw: string): TableCell {
  if (raw.startsWith("'") && FORMULA_START.test(raw.slice(1))) return raw.slice(1);
  if (FORMULA_START.test(raw)) return { formula: raw };
  return raw;
}

/**
 * The first sheet of an XLSX workbook. A formula is a cell with `<f>`, refused as in CSV; a text
 * cell is text even when it starts with `=` (the spreadsheet stored it as text), except that the
 * export's `'` before a formula character is removed, so an export pasted into a sheet reads back
 * the same.
 */
function parseXlsxFile(bytes: Uint8Array): ParseResult {
  const sheet = readXlsx(bytes);
  if (!sheet.ok) return fail(sheet.error);
  const [headerRow, ...body] = sheet.rows;
  if (!headerRow) return fail(msg('transfer.empty'));
  const header = headerRow.cells.map((h) => (typeof h === 'string' ? h.trim() : `=${h.formula}`));
  while (header.length && header[header.length - 1] === '') header.pop();
  const unprefixed = (cell: TableCell): TableCell =>
    typeof cell === 'string' && cell.startsWith("'") && FORMULA_START.test(cell.slice(1))
      ? cell.slice(1)
      : cell;
  return fromTable(
    'xlsx',
    header,
    body.map(({ line, cells }) => ({ line, cells: cells.map(unprefixed) })),
    headerRow.line,
  );
}

/** Rows of a table whose first row names its columns (those of the CSV template and export). */
function fromTable(
  format: 'csv' | 'xlsx',
  header: string[],
  body: TableRecord[],
  headerLine = 1,
): ParseResult {
  const columns: (string | null)[] = [];
  for (const h of header) {
    // A sheet may leave a column without a heading (a spacer); a value in it is a row's error.
    if (h === '' && format === 'xlsx') {
      columns.push(null);
      continue;
    }
    const col = COLUMN_BY_LOWER.get(h.toLowerCase());
    if (!col) return fail(msg('transfer.unknownColumn', { column: h }), headerLine);
    if (columns.includes(col)) return fail(msg('transfer.duplicateColumn', { column: h }), headerLine);
    columns.push(col);
  }
  if (!columns.includes('name')) return fail(msg('transfer.nameColumnMissing'), headerLine);
  if (body.length >= MAX_ROWS) return fail(msg('transfer.tooManyRows', { max: MAX_ROWS }));
  const rows = body.map(({ line, cells }) => {
    const row: ParsedRow = { line, fields: {}, issues: [] };
    cells.forEach((cell, i) => {
      const col = columns[i];
      if (!col) {
        // Only a sheet has cells outside its headed columns (a CSV row of another width is malformed).
        if (cell !== '')
          row.issues.push({ field: `${columnName(i)}${line}`, message: msg('transfer.cellOutsideHeader') });
        return;
      }
      if (INFORMATIONAL.has(col)) return;
      if (typeof cell !== 'string') {
        row.issues.push({
          field: col,
          message: msg(format === 'xlsx' ? 'transfer.xlsxFormulaCell' : 'transfer.formulaCell'),
        });
        return;
      }
      readCsvField(row, col, cell);
    });
    return row;
  });
  return { ok: true, format, rows };
}

const wholeNumber = (s: string) => (/^\d{1,16}$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);

/** One cell's text (CSV or sheet) into the row's field. */
function readCsvField(row: ParsedRow, col: string, raw: string) {
  const value = raw.trim() === '' ? '' : raw;
  const list = () =>
    value
      .split(LIST_SEPARATOR)
      .map((s) => s.trim())
      .filter(Boolean);
  const number = (field: string) => {
    if (value === '') return null;
    const n = wholeNumber(value);
    if (Number.isNaN(n)) row.issues.push({ field, message: msg('transfer.notAWholeNumber') });
    return Number.isNaN(n) ? undefined : n;
  };
  switch (col) {
    case 'id': {
      const n = number('id');
      if (typeof n === 'number') row.id = n;
      return;
    }
    case 'version': {
      const n = number('version');
      if (typeof n === 'number') row.version = n;
      return;
    }
    case 'yearlyCost':
    case 'launchYear': {
      const n = number(col);
      if (n !== undefined) row.fields[col] = n;
      return;
    }
    case 'functions':
      row.fields.functions = list();
      return;
    case 'dataEntities':
      row.fields.dataEntities = list().map((item) => {
        const [code, role] = item.split(':');
        if (!role)
          row.issues.push({ field: 'dataEntities', message: msg('transfer.codeRoleExpected', { item }) });
        return { code: code ?? '', role: role ?? '' };
      });
      return;
    case 'consumedApis':
      row.fields.consumedApis = list().map((item) => {
        const n = wholeNumber(item);
        if (Number.isNaN(n))
          row.issues.push({ field: 'consumedApis', message: msg('transfer.notAWholeNumber') });
        return n;
      });
      return;
    case 'relations':
      row.fields.relations = list().map((item) => {
        const [kind, to] = item.split(':');
        const n = wholeNumber(to ?? '');
        if (Number.isNaN(n))
          row.issues.push({ field: 'relations', message: msg('transfer.kindIdExpected', { item }) });
        return { kind: kind ?? '', application: n };
      });
      return;
    case 'name':
    case 'description':
      row.fields[col] = value;
      return;
    default:
      row.fields[col] = value === '' ? null : value;
  }
}

// --- JSON and NDJSON (the export's own record shape) -------------------------------------------

function tooDeep(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x5b || ch === 0x7b) {
      if (++depth > MAX_DEPTH) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}

function parseJsonFile(text: string, format: 'json' | 'ndjson'): ParseResult {
  if (tooDeep(text)) return fail(msg('transfer.tooDeep', { max: MAX_DEPTH }));
  const items: { line: number; value: unknown }[] = [];
  if (format === 'ndjson') {
    const lines = text.split('\n');
    if (lines.length > MAX_ROWS + 1 && lines.filter((l) => l.trim()).length >= MAX_ROWS)
      return fail(msg('transfer.tooManyRows', { max: MAX_ROWS }));
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line) continue;
      try {
        items.push({ line: i + 1, value: JSON.parse(line) });
      } catch {
        return fail(msg('transfer.jsonMalformed'), i + 1);
      }
    }
  } else {
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return fail(msg('transfer.jsonMalformed'));
    }
    const list = Array.isArray(value)
      ? value
      : value && typeof value === 'object' && Array.isArray((value as { items?: unknown }).items)
        ? (value as { items: unknown[] }).items
        : [value];
    list.forEach((v, i) => {
      items.push({ line: i + 1, value: v });
    });
  }
  const rows = items.map(({ line, value }) => fromRecord(line, value));
  return { ok: true, format, rows };
}

const str = (x: unknown): string | null | undefined =>
  x === undefined
    ? undefined
    : x === null
      ? null
      : typeof x === 'string'
        ? x
        : typeof x === 'number'
          ? String(x)
          : undefined;
const codeOf = (x: unknown) =>
  typeof x === 'string' ? x : x && typeof x === 'object' ? (x as { code?: unknown }).code : x;
const idOf = (x: unknown) =>
  typeof x === 'number' ? x : x && typeof x === 'object' ? (x as { id?: unknown }).id : x;

/** A record of the JSON export (or the registry's create body) as a row. */
function fromRecord(line: number, value: unknown): ParsedRow {
  const row: ParsedRow = { line, fields: {}, issues: [] };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    row.issues.push({ field: 'record', message: msg('transfer.notAnObject') });
    return row;
  }
  const r = value as Record<string, unknown>;
  if (typeof r.id === 'number') row.id = r.id;
  if (typeof r.version === 'number') row.version = r.version;
  const f = row.fields;
  if ('agency' in r) f.agency = codeOf(r.agency);
  for (const k of [
    'unit',
    'name',
    'acronym',
    'description',
    'category',
    'hosting',
    'url',
    'repositoryUrl',
    'licence',
    'status',
  ] as const)
    if (k in r) f[k] = r[k];
  if ('raa' in r) f.raa = codeOf(r.raa) ?? null;
  for (const k of ['yearlyCost', 'launchYear'] as const) if (k in r) f[k] = r[k];
  const contact = r.contact as Record<string, unknown> | undefined;
  if (contact && typeof contact === 'object') {
    if ('name' in contact) f.contactName = contact.name;
    if ('email' in contact) f.contactEmail = contact.email;
    if ('phone' in contact) f.contactPhone = contact.phone;
  }
  for (const k of ['contactName', 'contactEmail', 'contactPhone'] as const) if (k in r) f[k] = r[k];
  if (Array.isArray(r.functions)) f.functions = r.functions.map(codeOf);
  if (Array.isArray(r.dataEntities)) {
    f.dataEntities = r.dataEntities.map((d) =>
      d && typeof d === 'object'
        ? { code: (d as { code?: unknown }).code, role: (d as { role?: unknown }).role }
        : d,
    );
  }
  const consumed = Array.isArray(r.consumedApis)
    ? r.consumedApis
    : Array.isArray(r.consumesApis)
      ? r.consumesApis
      : undefined;
  if (consumed) f.consumedApis = consumed.map(idOf);
  if (Array.isArray(r.relations)) {
    f.relations = r.relations
      .filter((x) => !(x && typeof x === 'object' && (x as { direction?: unknown }).direction === 'in'))
      .map((x) =>
        x && typeof x === 'object'
          ? {
              kind: (x as { kind?: unknown }).kind,
              application: idOf((x as { application?: unknown }).application),
            }
          : x,
      );
  }
  return row;
}

// --- YAML: Backstage catalog-info.yaml and publiccode.yml ---------------------------------------

const A = 'katalog.spbe.go.id/';

function parseYamlFile(text: string, format: 'catalog-info' | 'publiccode'): ParseResult {
  if (tooDeep(text)) return fail(msg('transfer.tooDeep', { max: MAX_DEPTH }));
  const docs = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false });
  if (!Array.isArray(docs)) return fail(msg('transfer.yamlMalformed', { detail: 'empty' }));
  if (docs.length >= MAX_ROWS) return fail(msg('transfer.tooManyRows', { max: MAX_ROWS }));
  const values: { line: number; value: unknown }[] = [];
  let pos = 0;
  let line = 1;
  for (const doc of docs) {
    const start = doc.range?.[0] ?? pos;
    line += countLines(text, pos, start) - 1;
    pos = start;
    const err = doc.errors[0];
    if (err)
      return fail(
        msg('transfer.yamlMalformed', { detail: err.message.split('\n')[0]!.slice(0, 200) }),
        err.linePos?.[0]?.line,
      );
    try {
      values.push({ line, value: doc.toJS({ maxAliasCount: MAX_ALIASES }) });
    } catch {
      return fail(msg('transfer.yamlHostile', { max: MAX_ALIASES }), line);
    }
  }
  const rows: ParsedRow[] = [];
  for (const { line, value } of values) {
    if (value === null || value === undefined) continue;
    rows.push(format === 'publiccode' ? fromPubliccode(line, value) : fromBackstage(line, value));
  }
  // A System that no Component belongs to is registered itself; one with Components is their frame.
  const systemsUsed = new Set(rows.map((r) => r.fields['@system']).filter(Boolean));
  const result = rows.filter((r) => !(r.fields['@kind'] === 'System' && systemsUsed.has(r.fields['@name'])));
  for (const r of result) {
    delete r.fields['@kind'];
    delete r.fields['@name'];
    delete r.fields['@system'];
  }
  return { ok: true, format, rows: result };
}

function countLines(text: string, from: number, to: number) {
  let n = 1;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

const obj = (x: unknown): Record<string, unknown> =>
  x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {};
const splitList = (s: unknown) =>
  typeof s === 'string'
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

function fromBackstage(line: number, value: unknown): ParsedRow {
  const row: ParsedRow = { line, fields: {}, issues: [] };
  const v = obj(value);
  const kind = v.kind;
  const meta = obj(v.metadata);
  const spec = obj(v.spec);
  const ann = obj(meta.annotations);
  if (kind === 'API') {
    row.skipped = msg('transfer.backstageApiSkipped', { name: String(meta.name ?? '') });
    return row;
  }
  if (kind !== 'Component' && kind !== 'System') {
    row.issues.push({ field: 'kind', message: msg('transfer.backstageKind', { kind: String(kind ?? '') }) });
    return row;
  }
  const f = row.fields;
  f['@kind'] = kind;
  f['@name'] = meta.name;
  f['@system'] = spec.system;
  const id = Number(ann[`${A}id`]);
  if (Number.isInteger(id) && id > 0) row.id = id;
  f.name = str(meta.title) ?? str(meta.name);
  if ('description' in meta) f.description = str(meta.description) ?? '';
  const pick = (key: string, field: string) => {
    if (`${A}${key}` in ann) f[field] = str(ann[`${A}${key}`]);
  };
  pick('agency', 'agency');
  pick('category', 'category');
  pick('raa', 'raa');
  pick('hosting', 'hosting');
  pick('unit', 'unit');
  pick('licence', 'licence');
  pick('acronym', 'acronym');
  pick('contact-name', 'contactName');
  pick('contact-email', 'contactEmail');
  pick('contact-phone', 'contactPhone');
  for (const [key, field] of [
    ['yearly-cost', 'yearlyCost'],
    ['launch-year', 'launchYear'],
  ] as const) {
    if (`${A}${key}` in ann) {
      const n = wholeNumber(String(ann[`${A}${key}`]));
      if (Number.isNaN(n)) row.issues.push({ field, message: msg('transfer.notAWholeNumber') });
      else f[field] = n;
    }
  }
  const has = (key: string) => `${A}${key}` in ann;
  if (has('functions')) f.functions = splitList(ann[`${A}functions`]);
  if (has('data-entities')) {
    f.dataEntities = splitList(ann[`${A}data-entities`]).map((item) => {
      const [code, role] = item.split(':');
      return { code, role };
    });
  }
  if (has('consumed-apis')) f.consumedApis = splitList(ann[`${A}consumed-apis`]).map(Number);
  if (has('relations')) {
    f.relations = splitList(ann[`${A}relations`]).map((item) => {
      const [k, to] = item.split(':');
      return { kind: k, application: Number(to) };
    });
  }
  const status = ann[`${A}status`];
  if (typeof status === 'string') f.status = status;
  else if (spec.lifecycle === 'production') f.status = 'active';
  const source = ann['backstage.io/source-location'];
  if (typeof source === 'string' && source.startsWith('url:')) f.repositoryUrl = source.slice(4);
  const links = Array.isArray(meta.links) ? meta.links.map(obj) : [];
  const own = links.find((l) => typeof l.url === 'string' && !/\/aplikasi\/\d+$/.test(l.url));
  if (own) f.url = own.url;
  return row;
}

function fromPubliccode(line: number, value: unknown): ParsedRow {
  const v = obj(value);
  const x = obj(v['x-katalog']);
  // This catalogue's own export: every field is under `x-katalog`.
  if (Object.keys(x).length) return fromRecord(line, { description: descriptionOf(v), ...x, name: v.name });
  const row: ParsedRow = { line, fields: {}, issues: [] };
  const f = row.fields;
  f.name = str(v.name);
  f.description = descriptionOf(v);
  if (typeof v.landingURL === 'string') f.url = v.landingURL;
  if (typeof v.url === 'string') f.repositoryUrl = v.url;
  const licence = str(obj(v.legal).license);
  if (licence) f.licence = licence;
  const contact = obj(
    Array.isArray(obj(v.maintenance).contacts) ? (obj(v.maintenance).contacts as unknown[])[0] : undefined,
  );
  if (contact.name) f.contactName = str(contact.name);
  if (contact.email) f.contactEmail = str(contact.email);
  if (contact.phone) f.contactPhone = str(contact.phone);
  f.status = v.developmentStatus === 'stable' ? 'active' : 'draft';
  return row;
}

function descriptionOf(v: Record<string, unknown>): string {
  const d = obj(v.description);
  const lang = obj(d.id ?? d.en ?? Object.values(d)[0]);
  return str(lang.longDescription) ?? str(lang.shortDescription) ?? '';
}
