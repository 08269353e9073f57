import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv } from '../../kernel/env';
import { Malformed } from '../../kernel/errors';
import { requireRole, viewerOf } from '../../kernel/policy';
import { parseOrThrow } from '../../kernel/schemas';
import { requireUser } from '../accounts/middleware';
import { proposeFunction } from '../admin/service';
import { IdParam } from '../catalogue/schemas';
import * as apisService from './apis-service';
import {
  ApiFields,
  CreateApplicationInput,
  DeleteInput,
  FunctionProposalInput,
  StatusChangeInput,
  UpdateApiInput,
  UpdateApplicationInput,
} from './schemas';
import * as registry from './service';

async function jsonBody(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  const body = await c.req.json().catch(() => {
    throw new Malformed('Invalid body', [
      { field: 'body', message: 'isi harus JSON yang sah / body must be valid JSON' },
    ]);
  });
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new Malformed('Invalid body', [
      { field: 'body', message: 'isi harus objek JSON / body must be a JSON object' },
    ]);
  }
  return body as Record<string, unknown>;
}

/** `?version=` as a number when it is one (else left for the schema to name the problem). */
const versionQuery = (s: string | undefined) => (s && /^\d{1,9}$/.test(s) ? Number(s) : s);

/** `spec` in a JSON body: the document as a string, or as an object (serialised as JSON). */
function specOf(body: Record<string, unknown>): apisService.SpecUpload | undefined {
  const spec = body.spec;
  if (spec === undefined || spec === null) return undefined;
  if (typeof spec === 'string') return { content: spec };
  if (typeof spec === 'object') return { content: JSON.stringify(spec) };
  throw new Malformed('Invalid spec', [
    { field: 'spec', message: 'spec harus teks atau objek / spec must be a string or an object' },
  ]);
}

/**
 * The write API: the same schemas and services as the forms, authenticated by a personal API
 * token (`Authorization: Bearer kat_…`) or, from the browser, the session plus its CSRF token.
 */
export function registryApi() {
  const api = new Hono<AppEnv>();

  api.get('/me', (c) => c.json(requireUser(c)));

  api.post('/applications', async (c) => {
    const user = requireRole(requireUser(c), 'operator', 'admin');
    const input = parseOrThrow(CreateApplicationInput, await jsonBody(c), 'body');
    const created = await registry.createApplication(c.get('db'), user, input);
    c.header('Location', `/api/v1/applications/${created.id}`);
    return c.json(created, 201);
  });

  api.put('/applications/:id', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    await registry.applicationForEdit(c.get('db'), c.get('user'), id);
    const input = parseOrThrow(UpdateApplicationInput, await jsonBody(c), 'body');
    return c.json(await registry.updateApplication(c.get('db'), c.get('user'), id, input));
  });

  api.delete('/applications/:id', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    await registry.applicationForEdit(c.get('db'), c.get('user'), id);
    const input = parseOrThrow(DeleteInput, { version: versionQuery(c.req.query('version')) }, 'query');
    await registry.deleteApplication(c.get('db'), c.get('user'), id, input.version);
    return c.body(null, 204);
  });

  api.post('/applications/:id/status', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    await registry.applicationForEdit(c.get('db'), c.get('user'), id);
    const input = parseOrThrow(StatusChangeInput, await jsonBody(c), 'body');
    return c.json(await registry.changeStatus(c.get('db'), c.get('user'), id, input.action, input.version));
  });

  api.get('/applications/:id/history', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const h = await registry.applicationHistory(c.get('db'), viewerOf(c.get('user')), id);
    return c.json({ application: { id: h.application.id, name: h.application.name }, items: h.events });
  });

  api.post('/applications/:id/apis', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    await registry.applicationForEdit(c.get('db'), c.get('user'), id);
    const body = await jsonBody(c);
    const input = parseOrThrow(ApiFields, body, 'body');
    const created = await apisService.createApi(
      c.get('db'),
      c.get('user'),
      id,
      input,
      specOf(body),
      c.get('specParser'),
    );
    return c.json(created, 201);
  });

  api.put('/apis/:id', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    await apisService.apiForEdit(c.get('db'), c.get('user'), id);
    const body = await jsonBody(c);
    const input = parseOrThrow(UpdateApiInput, body, 'body');
    return c.json(
      await apisService.updateApi(c.get('db'), c.get('user'), id, input, specOf(body), c.get('specParser')),
    );
  });

  api.delete('/apis/:id', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    await apisService.apiForEdit(c.get('db'), c.get('user'), id);
    const input = parseOrThrow(DeleteInput, { version: versionQuery(c.req.query('version')) }, 'query');
    await apisService.deleteApi(c.get('db'), c.get('user'), id, input.version);
    return c.body(null, 204);
  });

  api.post('/functions/proposals', async (c) => {
    const user = requireRole(requireUser(c), 'operator', 'admin');
    const input = parseOrThrow(FunctionProposalInput, await jsonBody(c), 'body');
    const code = await proposeFunction(c.get('db'), user, input);
    return c.json({ code, status: 'proposed' }, 201);
  });

  return api;
}
