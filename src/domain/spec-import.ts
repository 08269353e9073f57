import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import {
  checkRefs,
  detectVersion,
  extractOperations,
  type RawIssue,
  validateSchema,
} from './spec-import/openapi';
import { isObject, type Json, pointerOf, type SpecImportResult, type SpecIssue } from './spec-import/types';
import { parseWsdl } from './spec-import/wsdl';

export type {
  ExtractedOperation,
  SpecImportFormat,
  SpecImportResult,
  SpecIssue,
} from './spec-import/types';

/** Longest document read, in UTF-16 code units (the caller limits uploads to 1 MiB of UTF-8). */
export const SPEC_IMPORT_MAX_CHARS = 1024 * 1024;
/** Deepest nesting accepted; real descriptions stay far below it. */
export const SPEC_IMPORT_MAX_DEPTH = 100;
/** At most this many issues are reported for one document. */
export const SPEC_IMPORT_MAX_ISSUES = 25;

type Locate = (pointer: string) => number | undefined;

/** Line of the node (or the key naming it) at `pointer` in a YAML/JSON AST; the deepest existing
 * ancestor's line when the pointer goes further than the document (a missing property). */
function locator(doc: Document.Parsed, lines: LineCounter): Locate {
  return (pointer) => {
    let node: unknown = doc.contents;
    let offset = (node as Node | null)?.range?.[0];
    const tokens = pointer === '' ? [] : pointer.slice(1).split('/');
    for (const raw of tokens) {
      const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === token);
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(token)] as Node | undefined;
        if (!item || !/^\d+$/.test(token)) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return offset === undefined ? undefined : lines.linePos(offset).line;
  };
}

type Read = { ok: true; value: Json; mediaType: string; locate: Locate } | { ok: false; errors: SpecIssue[] };

function parseYaml(content: string) {
  const lines = new LineCounter();
  const doc = parseDocument(content, {
    lineCounter: lines,
    prettyErrors: false,
    merge: true,
    uniqueKeys: true,
  });
  return { doc, lines };
}

function yamlErrorLine(content: string) {
  const { doc, lines } = parseYaml(content);
  const first = doc.errors[0];
  return first ? lines.linePos(first.pos[0]).line : undefined;
}

/** Whether YAML text nests deeper than SPEC_IMPORT_MAX_DEPTH, judged cheaply: flow collections
 * (`[`/`{`) counted without regard to quoting, and block nesting by leading indentation and
 * dashes (4 characters a level). The YAML parser recurses per level and spends seconds before it
 * gives up on a pathological document, so such text is refused before it runs. */
const DEEP_BLOCK = /^[ \t-]{401}/m; // 4 × SPEC_IMPORT_MAX_DEPTH + 1

function tooDeep(content: string): boolean {
  let depth = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > SPEC_IMPORT_MAX_DEPTH) return true;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return DEEP_BLOCK.test(content);
}

/** JSON (when the document starts with `{` or `[`) or YAML 1.2 text to a value. */
function readText(content: string): Read {
  const head = content.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    let value: Json;
    try {
      value = JSON.parse(content) as Json;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const lineCol = /line (\d+) column \d+/.exec(message);
      const position = /position (\d+)/.exec(message);
      const line = lineCol
        ? Number(lineCol[1])
        : position
          ? content.slice(0, Number(position[1])).split('\n').length
          : yamlErrorLine(content);
      return {
        ok: false,
        errors: [{ message: `invalid JSON: ${message}`, ...(line ? { line } : {}) }],
      };
    }
    // Lines are only needed for errors, so the JSON is read a second time (as YAML, of which it is
    // a subset) only then.
    let locate: Locate | undefined;
    return {
      ok: true,
      value,
      mediaType: 'application/json',
      locate: (p) => {
        if (!locate) {
          const { doc, lines } = parseYaml(content);
          locate = doc.errors.length ? () => undefined : locator(doc, lines);
        }
        return locate(p);
      },
    };
  }
  if (tooDeep(content)) {
    return { ok: false, errors: [{ message: `nested deeper than ${SPEC_IMPORT_MAX_DEPTH} levels` }] };
  }
  const { doc, lines } = parseYaml(content);
  if (doc.errors.length) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        message: `invalid YAML: ${e.message}`,
        line: lines.linePos(e.pos[0]).line,
      })),
    };
  }
  try {
    // maxAliasCount stops alias expansion bombs ("billion laughs").
    const value = doc.toJS({ maxAliasCount: 100 }) as Json;
    return { ok: true, value, mediaType: 'application/yaml', locate: locator(doc, lines) };
  } catch (e) {
    return {
      ok: false,
      errors: [{ message: `invalid YAML: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
}

/** Refuses values JSON cannot hold or that would make the walkers recurse too deep: YAML anchors
 * that contain themselves, and nesting beyond SPEC_IMPORT_MAX_DEPTH. */
function checkShape(value: Json): RawIssue | null {
  const ancestors = new Set<object>();
  const tokens: string[] = [];
  const walk = (v: Json): RawIssue | null => {
    if (v === null || typeof v !== 'object') {
      return typeof v === 'number' && !Number.isFinite(v)
        ? {
            message: 'numbers must be finite (.inf and .nan have no JSON form)',
            pointer: pointerOf(tokens),
          }
        : null;
    }
    if (ancestors.has(v)) return { message: 'a YAML alias contains itself', pointer: pointerOf(tokens) };
    if (tokens.length > SPEC_IMPORT_MAX_DEPTH) {
      return { message: `nested deeper than ${SPEC_IMPORT_MAX_DEPTH} levels`, pointer: pointerOf(tokens) };
    }
    ancestors.add(v);
    const keys = Array.isArray(v) ? v.map((_, i) => String(i)) : Object.keys(v);
    for (const k of keys) {
      tokens.push(k);
      const issue = walk((v as Record<string, Json>)[k] as Json);
      tokens.pop();
      if (issue) return issue;
    }
    ancestors.delete(v);
    return null;
  };
  return walk(value);
}

/**
 * Parses, validates and reads an API description: OpenAPI 3.0/3.1/3.2 or Swagger 2.0 (JSON or
 * YAML), or WSDL 1.1/2.0. Pure (no I/O, no Node built-ins) and never throws.
 *
 * OpenAPI/Swagger documents are checked against the official JSON Schema of their version, every
 * `$ref` must resolve inside the document (other files and URLs are never fetched), and
 * operationIds, path parameters and parameters must be consistent. On success every operation is
 * returned with its parameters and request/response schemas dereferenced (circular references are
 * cut as `{ "$ref", "circular": true }`). On failure nothing is returned but the issues, each with
 * a JSON Pointer and/or a 1-based line where one is known.
 */
export function parseSpec(content: string): SpecImportResult {
  try {
    return parse(content);
  } catch (e) {
    // Only pathological input gets here (e.g. nesting that overflows the parser's stack).
    const overflow = e instanceof RangeError;
    return {
      ok: false,
      errors: [
        {
          message: overflow
            ? 'the document is nested too deeply to be read'
            : `the document could not be read: ${e instanceof Error ? e.message : String(e)}`,
        },
      ],
    };
  }
}

function parse(input: string): SpecImportResult {
  if (typeof input !== 'string') return fail([{ message: 'the document must be text' }]);
  const content = input.replace(/^\uFEFF/, '');
  if (content.length > SPEC_IMPORT_MAX_CHARS) {
    return fail([{ message: `the document is larger than ${SPEC_IMPORT_MAX_CHARS / 1024} KiB` }]);
  }
  if (content.trim() === '') return fail([{ message: 'the document is empty' }]);
  if (content.trimStart().startsWith('<')) return parseWsdl(content);

  const read = readText(content);
  if (!read.ok) return fail(read.errors);
  const located = (issues: RawIssue[]) => {
    const seen = new Set<string>();
    return issues
      .filter((i) => {
        const key = `${i.pointer}\u0000${i.message}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .slice(0, 4 * SPEC_IMPORT_MAX_ISSUES)
      .map((i): SpecIssue => {
        const line = i.pointer === '' ? undefined : read.locate(i.pointer);
        return line === undefined ? i : { ...i, line };
      })
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  };

  const shape = checkShape(read.value);
  // No line for these: finding it would mean parsing the pathological document once more.
  if (shape) return fail([shape]);
  const detected = detectVersion(read.value);
  if ('issue' in detected) return fail(located([detected.issue]));
  const { version } = detected;
  const doc = read.value;
  if (!isObject(doc)) return fail([{ message: 'the document is not an object' }]);

  const issues = [...validateSchema(doc, version), ...checkRefs(doc, version)];
  if (issues.length) return fail(located(issues));
  const { operations, issues: rules } = extractOperations(doc, version);
  if (rules.length) return fail(located(rules));
  const info = isObject(doc.info) ? doc.info : {};
  return {
    ok: true,
    format: version === '2.0' ? 'swagger2' : 'openapi3',
    mediaType: read.mediaType,
    title: typeof info.title === 'string' ? info.title : '',
    version: typeof info.version === 'string' ? info.version : '',
    operations,
  };
}

function fail(errors: SpecIssue[]): SpecImportResult {
  return { ok: false, errors: errors.slice(0, SPEC_IMPORT_MAX_ISSUES) };
}

/** One issue as a single line of text (for a form's field message): `line 12, /paths/~1pets/get: …`. */
export function describeSpecIssue(issue: SpecIssue): string {
  const where = [issue.line ? `line ${issue.line}` : '', issue.pointer ? issue.pointer : ''].filter(Boolean);
  return where.length ? `${where.join(', ')}: ${issue.message}` : issue.message;
}

/**
 * Parses a spec somewhere: inline (Workers, tests) or on a pool of worker threads (Node).
 * `owner` names who imports (an account): a parser may refuse a second import of the same owner
 * while the first is in flight.
 */
export type SpecParser = (content: string, owner?: string) => Promise<SpecImportResult>;

/** The parser that runs in the request itself. */
export const inlineSpecParser: SpecParser = async (content) => parseSpec(content);
