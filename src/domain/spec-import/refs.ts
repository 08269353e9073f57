import { isObject, type Json, type JsonObject, pointerOf } from './types';

/**
 * How a value inside an OpenAPI/Swagger document is read: `keyword` objects are spec objects or
 * JSON Schemas (a string `$ref` in them is a reference); the keys of a `names` object are
 * user-chosen names (property names, paths, status codes, component names), so `enum` or
 * `example` there is a name, not a keyword; `literal` values (examples, defaults, enums,
 * extensions) are data and are never dereferenced.
 */
export type Mode = 'keyword' | 'names' | 'literal';

const LITERAL_KEYS = new Set(['example', 'default', 'enum', 'const', 'value']);
const NAME_MAP_KEYS = new Set([
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'dependentSchemas',
  'dependencies',
  'paths',
  'webhooks',
  'responses',
  'content',
  'headers',
  'encoding',
  'links',
  'callbacks',
  'variables',
  'schemas',
  'parameters',
  'requestBodies',
  'securitySchemes',
  'securityDefinitions',
  'pathItems',
  'mediaTypes',
]);

/** The mode of the value found under `key` in a value read in `mode`. */
export function childMode(mode: Mode, key: string, value: Json, swagger2: boolean): Mode {
  if (mode === 'literal') return 'literal';
  if (mode === 'names') return 'keyword';
  if (key.startsWith('x-') || LITERAL_KEYS.has(key)) return 'literal';
  // OpenAPI 3: a map of Example Objects; Swagger 2 (media type -> value) and JSON Schema (array): data.
  if (key === 'examples') return !swagger2 && isObject(value) ? 'names' : 'literal';
  return NAME_MAP_KEYS.has(key) && isObject(value) ? 'names' : 'keyword';
}

export type Resolved = { ok: true; value: Json; pointer: string } | { ok: false; message: string };

const INDEX = /^(0|[1-9]\d*)$/;

/**
 * Resolves a `$ref` against the document itself. Only same-document JSON Pointer fragments
 * (`#/components/schemas/Pet`) resolve: other files and URLs are never fetched (this module does
 * no I/O), and `#name` anchors are not supported.
 */
export function resolveRef(root: Json, ref: string): Resolved {
  if (!ref.startsWith('#')) {
    return {
      ok: false,
      message: `external reference "${ref}" is not supported: bundle the description into a single document first (for example with "redocly bundle" or "swagger-cli bundle")`,
    };
  }
  const fragment = ref.slice(1);
  if (fragment !== '' && !fragment.startsWith('/')) {
    return { ok: false, message: `reference "${ref}" uses a named anchor, which is not supported` };
  }
  const tokens: string[] = [];
  let node: Json = root;
  for (const raw of fragment === '' ? [] : fragment.slice(1).split('/')) {
    let token: string;
    try {
      token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    } catch {
      return { ok: false, message: `reference "${ref}" is not a valid JSON Pointer` };
    }
    tokens.push(token);
    if (Array.isArray(node) && INDEX.test(token) && Number(token) < node.length) {
      node = node[Number(token)] as Json;
    } else if (isObject(node) && Object.hasOwn(node, token)) {
      node = node[token] as Json;
    } else {
      return { ok: false, message: `reference "${ref}" points to nothing in this document` };
    }
  }
  return { ok: true, value: node, pointer: pointerOf(tokens) };
}

/** Every `$ref` of the document with the pointer of the object that holds it. */
export function collectRefs(root: Json, swagger2: boolean): { ref: string; pointer: string }[] {
  const found: { ref: string; pointer: string }[] = [];
  const tokens: string[] = [];
  const walk = (node: Json, mode: Mode) => {
    if (mode === 'literal' || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        tokens.push(String(i));
        walk(item, 'keyword');
        tokens.pop();
      });
      return;
    }
    if (mode === 'keyword' && typeof node.$ref === 'string') {
      found.push({ ref: node.$ref, pointer: pointerOf(tokens) });
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && mode === 'keyword') continue;
      tokens.push(key);
      walk(value, childMode(mode, key, value, swagger2));
      tokens.pop();
    }
  };
  walk(root, 'keyword');
  return found;
}

/** Bounds on how much dereferenced output one document may produce, in (approximate) bytes of
 * JSON: the input is at most 1 MiB, but references can multiply it without bound. */
export interface ExpandLimits {
  perOperation: number;
  total: number;
}

export const DEFAULT_EXPAND_LIMITS: ExpandLimits = { perOperation: 128 * 1024, total: 4 * 1024 * 1024 };

/** Roughly the length of `v` as JSON, counting only the node itself for objects and arrays. */
function ownWeight(v: Json): number {
  if (typeof v === 'string') return v.length + 3;
  if (v === null || typeof v !== 'object') return 6;
  if (Array.isArray(v)) return 2 + v.length;
  let n = 2;
  for (const k in v) n += k.length + 4;
  return n;
}

function weight(v: Json, cache: WeakMap<object, number>): number {
  if (v === null || typeof v !== 'object') return ownWeight(v);
  const hit = cache.get(v);
  if (hit !== undefined) return hit;
  let n = ownWeight(v);
  for (const child of Array.isArray(v) ? v : Object.values(v)) n += weight(child, cache);
  cache.set(v, n);
  return n;
}

/**
 * Inlines internal `$ref`s, producing plain JSON. A reference back to a schema that is being
 * expanded becomes `{ "$ref": "...", "circular": true }`, so the result always serialises; once
 * an operation (or the whole document) has produced more than the limit, further references
 * become `{ "$ref": "...", "truncated": true }` — a 1 MiB document can otherwise expand
 * exponentially. Expansions without a circular cut are memoised and shared (a DAG, still valid
 * JSON).
 */
export class Expander {
  private readonly memo = new Map<string, { value: Json; weight: number }>();
  private readonly stack = new Set<string>();
  private readonly sizes = new WeakMap<object, number>();
  private cuts = 0;
  private used = 0;
  private total = 0;

  constructor(
    private readonly root: Json,
    private readonly swagger2: boolean,
    private readonly limits: ExpandLimits = DEFAULT_EXPAND_LIMITS,
  ) {}

  /** Starts the budget of a new operation. */
  startOperation() {
    this.used = 0;
  }

  private spend(n: number) {
    this.used += n;
    this.total += n;
  }

  /** A deep copy of `node` with every reference it holds inlined. */
  expand(node: Json, mode: Mode = 'keyword'): Json {
    if (mode === 'literal' || node === null || typeof node !== 'object') {
      this.spend(weight(node, this.sizes));
      return node;
    }
    this.spend(ownWeight(node));
    if (Array.isArray(node)) return node.map((item) => this.expand(item, 'keyword'));
    if (mode === 'keyword' && typeof node.$ref === 'string') return this.expandRef(node, node.$ref);
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, this.expand(v, childMode(mode, k, v, this.swagger2))]),
    );
  }

  private expandRef(node: JsonObject, ref: string): Json {
    const target = resolveRef(this.root, ref);
    if (!target.ok) return { $ref: ref, unresolved: true };
    const key = target.pointer;
    if (this.stack.has(key)) {
      this.cuts++;
      return { $ref: ref, circular: true };
    }
    if (this.used >= this.limits.perOperation || this.total >= this.limits.total) {
      this.cuts++;
      return { $ref: ref, truncated: true };
    }
    const hit = this.memo.get(key);
    let value: Json;
    if (hit) {
      this.spend(hit.weight);
      value = hit.value;
    } else {
      const cutsBefore = this.cuts;
      const usedBefore = this.used;
      this.stack.add(key);
      value = this.expand(target.value, 'keyword');
      this.stack.delete(key);
      // Only an expansion that cut nothing is the same wherever it is reached from.
      if (this.cuts === cutsBefore) this.memo.set(key, { value, weight: this.used - usedBefore });
    }
    // Keywords beside a $ref (OpenAPI 3.1 summary/description, or JSON Schema 2020-12 siblings)
    // override the target's, as most tools display them.
    const { $ref: _, ...siblings } = node;
    if (Object.keys(siblings).length === 0 || !isObject(value)) return value;
    return { ...value, ...(this.expand(siblings, 'keyword') as JsonObject) };
  }

  /**
   * Follows a chain of references to the object it names, without expanding its contents:
   * siblings of each `$ref` override the target's. Returns null for a broken or circular chain.
   */
  follow(node: Json): JsonObject | null {
    const seen = new Set<string>();
    const layers: JsonObject[] = [];
    let current = node;
    while (isObject(current) && typeof current.$ref === 'string') {
      const target = resolveRef(this.root, current.$ref);
      if (!target.ok || seen.has(target.pointer) || seen.size > 32) return null;
      seen.add(target.pointer);
      const { $ref: _, ...siblings } = current;
      layers.push(siblings);
      current = target.value;
    }
    if (!isObject(current)) return null;
    // Spread, not Object.assign: a "__proto__" key stays a plain property.
    let merged: JsonObject = current;
    for (const layer of layers.reverse()) merged = { ...merged, ...layer };
    return merged;
  }
}
