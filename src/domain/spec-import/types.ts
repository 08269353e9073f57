/** One operation of an imported API description; the fields match the `api_operations` columns. */
export interface ExtractedOperation {
  /** Upper-case HTTP method (`GET`, `POST`, ...), or `SOAP` for a WSDL operation. */
  method: string;
  /** The path as written in the spec (no server/basePath prefix); `webhook:<name>` for an OpenAPI 3.1
   * webhook; `<service>/<operation>` for a WSDL operation. */
  path: string;
  operationId: string | null;
  summary: string;
  description: string;
  tags: string[];
  /** Parameter objects with every `$ref` resolved (path-level ones merged in). */
  parameters: unknown[];
  requestSchema: unknown | null;
  responseSchema: unknown | null;
}

/** A reason a document was refused: `pointer` is an RFC 6901 JSON Pointer into the document ('' is
 * the whole document), `line` is 1-based. */
export interface SpecIssue {
  message: string;
  pointer?: string;
  line?: number;
}

export type SpecImportFormat = 'openapi3' | 'swagger2' | 'wsdl';

export type SpecImportResult =
  | {
      ok: true;
      format: SpecImportFormat;
      mediaType: string;
      title: string;
      version: string;
      operations: ExtractedOperation[];
    }
  | { ok: false; errors: SpecIssue[] };

/** A JSON value, as produced by JSON.parse or YAML's toJS. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** RFC 6901: escape one reference token. */
export const escapeToken = (t: string) => t.replace(/~/g, '~0').replace(/\//g, '~1');

/** RFC 6901: build a pointer from raw tokens. */
export const pointerOf = (tokens: (string | number)[]) =>
  tokens.map((t) => `/${escapeToken(String(t))}`).join('');
