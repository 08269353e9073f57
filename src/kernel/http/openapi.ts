import { toJsonSchema } from '@valibot/to-json-schema';
import type { Context, MiddlewareHandler } from 'hono';
import {
  type DescribeRouteOptions,
  describeRoute,
  type ResolverReturnType,
  uniqueSymbol,
} from 'hono-openapi';
import * as v from 'valibot';
import type { AppEnv } from '../env';
import { Malformed } from '../errors';
import { msg } from '../i18n';
import { lastValues, parseOrThrow } from '../schemas';

// How a route describes itself in the generated OpenAPI document (docs/decisions/0017). A route
// lists `describe({...})` (what it is, who may call it, what it answers) and one `input(...)` per
// part of the request it reads; the document at /api/v1/openapi.json is generated from exactly
// these, so a limit or a pattern is written once, in the valibot schema that enforces it.

/**
 * A valibot schema in the shape hono-openapi's generator reads (`toOpenAPISchema`), converted by
 * `@valibot/to-json-schema` to JSON Schema 2020-12 (OpenAPI 3.1's dialect). Request schemas are
 * described as the client sends them (`input`: before transforms), responses as the mapper's
 * output. A schema named with `named()` becomes a component and is referenced by `$ref`.
 *
 * hono-openapi's own `resolver()` converts through `@standard-community/standard-json`, whose
 * vendor switch makes a bundler include zod (≈400 KB in the Worker) though only valibot is used.
 */
function openApiSchema(schema: v.GenericSchema, typeMode: 'input' | 'output'): ResolverReturnType {
  const toOpenAPISchema = async () => {
    const schemas: Record<string, object> = {};
    const json = toJsonSchema(schema, {
      typeMode,
      target: 'draft-2020-12',
      // Transforms and custom checks have no JSON Schema; what they leave is still true.
      errorMode: 'ignore',
      overrideAction: ({ valibotAction, jsonSchema }) => {
        const ref =
          valibotAction.type === 'metadata' ? (valibotAction as MetadataAction).metadata.ref : undefined;
        if (!ref) return jsonSchema;
        schemas[ref] = jsonSchema;
        return { $ref: `#/components/schemas/${ref}` };
      },
    }) as Record<string, unknown>;
    delete json.$schema;
    return { schema: json, components: Object.keys(schemas).length ? { schemas } : undefined };
  };
  return {
    vendor: 'valibot',
    validate: (value) => schema['~standard'].validate(value),
    toJSONSchema: () => toJsonSchema(schema, { typeMode, target: 'draft-2020-12', errorMode: 'ignore' }),
    toOpenAPISchema,
  } as ResolverReturnType;
}
type MetadataAction = v.MetadataAction<unknown, { ref?: string }>;

/** The parts of a request a route can validate. */
export type InputTarget = 'json' | 'query' | 'param';

/**
 * Validates one part of the request with a valibot schema and documents it: `json` (the body,
 * which must be a JSON object), `query` (the last value of each parameter; empty ones are
 * absent) or `param` (path parameters; the schema is an object of them). Bad input throws
 * `Malformed` naming each field, which the app's error mapper answers as 400 problem+json. Handlers read the result with `c.req.valid(target)`.
 *
 * Not hono-openapi's own `validator()`: that reads through Hono's validator, which turns a
 * repeated query key into an array, reads a body without a JSON content type as `{}` and answers
 * malformed JSON with a plain-text 400. This keeps the API's parsing and registers the same
 * schema with hono-openapi (its exported `uniqueSymbol` is the documented hook for that).
 */
export function input<T extends InputTarget, S extends v.GenericSchema>(target: T, schema: S) {
  const middleware: MiddlewareHandler<AppEnv, string, { out: { [K in T]: v.InferOutput<S> } }> = async (
    c,
    next,
  ) => {
    let value: unknown;
    let what: string = target === 'json' ? 'body' : target;
    if (target === 'json') value = await jsonObject(c);
    else if (target === 'query') value = lastValues(c.req.queries());
    else {
      value = c.req.param();
      // A single path parameter is named in the error, as `id` or `code`.
      const keys = Object.keys(value as object);
      if (keys.length === 1) what = keys[0]!;
    }
    c.req.addValidatedData(target, parseOrThrow(schema, value, what) as object);
    await next();
  };
  return Object.assign(middleware, {
    [uniqueSymbol]: { target, ...openApiSchema(schema, 'input') },
  });
}

/** The body as a JSON object, or `Malformed` naming `body`. */
async function jsonObject(c: Context) {
  const body: unknown = await c.req.json().catch(() => {
    throw new Malformed(msg('error.invalidInput'), [{ field: 'body', message: msg('validation.jsonBody') }]);
  });
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new Malformed(msg('error.invalidInput'), [
      { field: 'body', message: msg('validation.jsonObject') },
    ]);
  }
  return body as Record<string, unknown>;
}

/** Who may call an operation: anyone, anyone (a token shows more), or a token holder. */
export type Access = 'public' | 'optional' | 'token';

const SECURITY: Record<Access, Record<string, string[]>[]> = {
  public: [],
  // An empty requirement alongside the token: anonymous calls work, a token may see more.
  optional: [{}, { token: [] }],
  token: [{ token: [] }],
};

/** A documented response: its meaning, and the valibot schema of its JSON body (none for 204). */
export interface ResponseSpec {
  description: string;
  schema?: v.GenericSchema;
  /** The body's media type when it is not JSON (an export: `text/csv`, `application/x-ndjson`). */
  mediaType?: string;
  headers?: Record<string, { description: string; schema: { type: 'string' } }>;
}

/** An error answer, always an RFC 9457 problem document. */
export const problemResponse = (description: string): ResponseSpec => ({ description, schema: Problem });

/** What `describe()` needs: every operation has an id, a summary, a description and its access. */
export interface OperationSpec {
  operationId: string;
  tags: [string, ...string[]];
  summary: string;
  description: string;
  access: Access;
  responses: Record<string, ResponseSpec>;
  /** A request body that is not one JSON object (an uploaded file), as OpenAPI states it. */
  requestBody?: DescribeRouteOptions['requestBody'];
}

/** Documents an operation; list it before the route's `input(...)` middlewares. */
export function describe(op: OperationSpec) {
  const { access, responses, ...rest } = op;
  const spec: DescribeRouteOptions = {
    ...rest,
    security: SECURITY[access],
    responses: Object.fromEntries(
      Object.entries(responses).map(([status, r]) => [
        status,
        {
          description: r.description,
          ...(r.headers ? { headers: r.headers } : {}),
          ...(r.mediaType
            ? {
                content: {
                  [r.mediaType]: {
                    schema: r.schema ? openApiSchema(r.schema, 'output') : { type: 'string' },
                  },
                },
              }
            : r.schema
              ? {
                  content: {
                    [r.schema === Problem ? 'application/problem+json' : 'application/json']: {
                      schema: openApiSchema(r.schema, 'output'),
                    },
                  },
                }
              : {}),
        },
      ]),
    ),
  };
  return describeRoute(spec);
}

// --- Schemas shared by every feature's responses -----------------------------------------------

/** Names a response schema: it becomes `#/components/schemas/<name>` in the document. */
export const named = <S extends v.GenericSchema>(name: string, schema: S) =>
  v.pipe(schema, v.metadata({ ref: name }));

/** A whole number. */
export const int = v.pipe(v.number(), v.integer());
/** A whole number at least `min`. */
export const intMin = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min));
/** A number from 0 to 1 (scores, coverage). */
export const fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
/** An ISO 8601 timestamp (`Date#toISOString()`). */
export const timestamp = v.pipe(v.string(), v.isoTimestamp());
/** A link to a resource, relative to the site (`/api/v1/…`, `/aplikasi/…`). */
export const link = v.pipe(v.string(), v.description('A path on this site.'));
/** Hyperlinks to the same resource (JSON `self`, HTML `html`, …). */
export const links = <K extends string>(...names: K[]) =>
  v.strictObject(Object.fromEntries(names.map((n) => [n, link])) as Record<K, typeof link>);

/** One invalid field of a request. */
export const FieldIssueSchema = v.strictObject({
  field: v.pipe(
    v.string(),
    v.description('The field at fault: a body path (`functions.1`), a query or path parameter.'),
  ),
  message: v.pipe(v.string(), v.description('What is wrong with it.')),
});

/** RFC 9457 problem details, as every error of the API answers. */
export const Problem = named(
  'Problem',
  v.pipe(
    v.looseObject({
      type: v.pipe(v.string(), v.description('A URI reference under /problems/.')),
      title: v.string(),
      status: v.pipe(v.number(), v.integer(), v.minValue(400), v.maxValue(599)),
      detail: v.optional(v.string()),
      instance: v.optional(v.string()),
      errors: v.optional(v.array(FieldIssueSchema)),
      currentVersion: v.optional(
        v.pipe(intMin(1), v.description('On a stale-version conflict: the version now stored.')),
      ),
      changes: v.optional(
        v.pipe(
          v.array(v.looseObject({ field: v.string(), before: v.unknown(), after: v.unknown() })),
          v.description('On a stale-version conflict: what others changed since the version you sent.'),
        ),
      ),
    }),
    v.description('RFC 9457 problem details.'),
  ),
);

/** A page of a list, in the envelope every list endpoint answers. */
export const pageOf = <S extends v.GenericSchema>(name: string, item: S) =>
  named(
    `${name}Page`,
    v.strictObject({
      items: v.array(item),
      total: v.pipe(intMin(0), v.description('Matching items over all pages.')),
      page: intMin(1),
      pageSize: intMin(0),
    }),
  );
