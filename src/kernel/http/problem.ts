import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldIssue } from '../errors';

/** An RFC 9457 problem document, with `errors` listing invalid fields. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldIssue[];
  [extension: string]: unknown;
}

/** Sends `application/problem+json`. `type` is a URI reference relative to /problems/. */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  p: Omit<Problem, 'status' | 'type'> & { type: string },
) {
  const body = { ...p, type: `/problems/${p.type}`, status, instance: new URL(c.req.url).pathname };
  return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/problem+json; charset=utf-8' });
}
