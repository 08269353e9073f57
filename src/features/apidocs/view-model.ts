// The OpenAPI document (as served at /api/v1/openapi.json) turned into plain view models for the
// server-rendered reference at /api/v1/docs (docs/decisions/0033-api-reference-rendered-on-the-server.md).

/** Who may call an operation, read from its `security` requirement. */
export type AccessKind = 'public' | 'optional' | 'token';

/** A JSON Schema shown as text: its type, where it points, what constrains it, its parts. */
export interface SchemaNode {
  /** `string`, `integer`, `object`, `array`, … ('' when the schema says nothing). */
  type: string;
  /** A component it refers to (`#/components/schemas/<ref>`). */
  ref?: string;
  items?: SchemaNode;
  /** `anyOf` / `oneOf` alternatives. */
  variants?: SchemaNode[];
  props?: PropView[];
  enumValues?: string[];
  /** Keyword: value pairs such as `maxLength: 200`, `pattern: ^RA…`. */
  constraints: string[];
  description?: string;
}
export interface PropView {
  name: string;
  required: boolean;
  node: SchemaNode;
}
export interface ParamView {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  description?: string;
  node: SchemaNode;
}
export interface MediaView {
  mediaType: string;
  node?: SchemaNode;
}
export interface ResponseView {
  status: string;
  description: string;
  media: MediaView[];
}
export interface OperationView {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  access: AccessKind;
  parameters: ParamView[];
  body?: { required: boolean; media: MediaView[] };
  responses: ResponseView[];
  /** A GET that the "try it" form can send from the browser (no body, no token needed). */
  tryable: boolean;
}
export interface TagGroup {
  name: string;
  description?: string;
  operations: OperationView[];
}
export interface ApiDocsView {
  title: string;
  version: string;
  description: string;
  groups: TagGroup[];
  schemas: { name: string; node: SchemaNode }[];
  operationCount: number;
}

/** The parts of an OpenAPI 3.1 document read here (everything else is ignored). */
interface RawOperation {
  operationId: string;
  tags?: string[];
  summary?: string;
  description?: string;
  security?: Record<string, string[]>[];
  parameters?: {
    name: string;
    in: ParamView['in'];
    required?: boolean;
    description?: string;
    schema?: Json;
  }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Json }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Json }> }>;
}
type Json = Record<string, unknown>;
export interface RawDocument {
  info: { title: string; version: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Json> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const CONSTRAINTS = [
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'uniqueItems',
  'pattern',
  'default',
  'const',
];
/** Inline objects nest this deep; components are linked, not repeated. */
const MAX_DEPTH = 4;

/** A schema as a view node. */
export function schemaNode(schema: Json | undefined, depth = 0): SchemaNode {
  if (!schema || typeof schema !== 'object') return { type: '', constraints: [] };
  const description = typeof schema.description === 'string' ? schema.description : undefined;
  const ref = typeof schema.$ref === 'string' ? schema.$ref.replace('#/components/schemas/', '') : undefined;
  if (ref) return { type: '', ref, constraints: [], description };
  const constraints = CONSTRAINTS.filter((k) => schema[k] !== undefined).map(
    (k) => `${k}: ${typeof schema[k] === 'string' ? schema[k] : JSON.stringify(schema[k])}`,
  );
  const node: SchemaNode = { type: typeLabel(schema), constraints, description };
  const variants = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (Array.isArray(variants)) node.variants = variants.map((s) => schemaNode(s, depth));
  if (Array.isArray(schema.enum)) node.enumValues = schema.enum.map((e) => String(e));
  if (schema.items && typeof schema.items === 'object') node.items = schemaNode(schema.items as Json, depth);
  const props = schema.properties as Record<string, Json> | undefined;
  if (props && depth < MAX_DEPTH) {
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    node.props = Object.entries(props).map(([name, s]) => ({
      name,
      required: required.has(name),
      node: schemaNode(s, depth + 1),
    }));
  }
  return node;
}

function typeLabel(schema: Json): string {
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  if (typeof schema.type === 'string') return schema.type;
  if (schema.properties) return 'object';
  return '';
}

function accessOf(security: RawOperation['security']): AccessKind {
  if (!security?.length) return 'public';
  return security.some((s) => Object.keys(s).length === 0) ? 'optional' : 'token';
}

const mediaOf = (content: Record<string, { schema?: Json }> | undefined): MediaView[] =>
  Object.entries(content ?? {}).map(([mediaType, m]) => ({
    mediaType,
    node: m.schema ? schemaNode(m.schema) : undefined,
  }));

/** Every operation of the document, grouped by its first tag in the document's tag order. */
export function apiDocsView(doc: RawDocument): ApiDocsView {
  const operations: (OperationView & { tag: string })[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const access = accessOf(op.security);
      operations.push({
        tag: op.tags?.[0] ?? '',
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? '',
        description: op.description ?? '',
        access,
        parameters: (op.parameters ?? []).map((p) => ({
          name: p.name,
          in: p.in,
          required: p.required === true,
          description: p.description,
          node: schemaNode(p.schema),
        })),
        body: op.requestBody
          ? { required: op.requestBody.required === true, media: mediaOf(op.requestBody.content) }
          : undefined,
        responses: Object.entries(op.responses ?? {}).map(([status, r]) => ({
          status,
          description: r.description ?? '',
          media: mediaOf(r.content),
        })),
        tryable: method === 'get' && access !== 'token',
      });
    }
  }
  const tagNames = [...(doc.tags ?? []).map((t) => t.name)];
  for (const op of operations) if (!tagNames.includes(op.tag)) tagNames.push(op.tag);
  const groups = tagNames
    .map((name) => ({
      name,
      description: doc.tags?.find((t) => t.name === name)?.description,
      operations: operations.filter((o) => o.tag === name).map(({ tag: _tag, ...o }) => o),
    }))
    .filter((g) => g.operations.length > 0);
  return {
    title: doc.info.title,
    version: doc.info.version,
    description: doc.info.description ?? '',
    groups,
    schemas: Object.entries(doc.components?.schemas ?? {}).map(([name, s]) => ({
      name,
      node: schemaNode(s),
    })),
    operationCount: operations.length,
  };
}

/**
 * The concrete URL a "try it" submission asks for: the operation's path with its path
 * parameters filled in, and its query parameters that were given. Undefined when the operation
 * is not tryable or a path parameter is missing.
 */
export function tryUrl(
  doc: RawDocument,
  operationId: string,
  values: Record<string, string>,
): string | undefined {
  const op = apiDocsView(doc)
    .groups.flatMap((g) => g.operations)
    .find((o) => o.operationId === operationId && o.tryable);
  if (!op) return undefined;
  let missing = false;
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = values[name]?.trim();
    if (!value) missing = true;
    return encodeURIComponent(value ?? '');
  });
  if (missing) return undefined;
  const query = new URLSearchParams();
  for (const p of op.parameters) {
    const value = values[p.name]?.trim();
    if (p.in === 'query' && value) query.set(p.name, value);
  }
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}
