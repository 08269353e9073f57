import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../kernel/env';
import { Malformed } from '../../kernel/errors';
import { describe, input, problemResponse, type ResponseSpec } from '../../kernel/http/openapi';
import { msg } from '../../kernel/i18n';
import { requireRole, viewerOf } from '../../kernel/policy';
import { requireUser } from '../accounts/middleware';
import { proposeFunction } from '../admin/service';
import { ApplicationIdParams } from '../catalogue/schemas';
import * as apisService from './apis-service';
import {
  ApiBody,
  ApiIdParams,
  ApiWritten,
  CreateApplicationInput,
  DeleteQuery,
  FunctionProposalInput,
  FunctionProposed,
  History,
  Me,
  StatusChanged,
  StatusChangeInput,
  UpdateApiBody,
  UpdateApplicationInput,
  Written,
} from './schemas';
import * as registry from './service';

/** `spec` in a JSON body: the document as a string, or as an object (serialised as JSON). */
function specOf(spec: unknown): apisService.SpecUpload | undefined {
  if (spec === undefined || spec === null) return undefined;
  if (typeof spec === 'string') return { content: spec };
  if (typeof spec === 'object') return { content: JSON.stringify(spec) };
  throw new Malformed('Invalid spec', [{ field: 'spec', message: msg('registry.specMustBeAString') }]);
}

/** What a write can answer besides success (an operation lists those a test can produce). */
const WRITE_ERRORS = {
  400: problemResponse(
    'Invalid input; `errors` names each bad field (`name`, `functions.1`, `dataEntities.0.code`, …).',
  ),
  401: problemResponse('No valid API token (or session).'),
  403: problemResponse(
    'Signed in, but not allowed: only the owning agency’s operators and admins change an entry.',
  ),
  404: problemResponse(
    'Not found, or not visible to you (another agency’s draft looks the same as a missing one).',
  ),
  409: problemResponse(
    'Conflict: the `version` sent is not the stored one (`currentVersion` and `changes` say what changed meanwhile), or the lifecycle does not allow the action.',
  ),
  413: problemResponse('Request body larger than 2 MiB.'),
  422: problemResponse(
    'Valid shape but refused: unknown codes, a name the agency already uses, an unrecognised spec.',
  ),
} satisfies Record<number, ResponseSpec>;
const errorsOf = (...codes: (keyof typeof WRITE_ERRORS)[]) =>
  Object.fromEntries(codes.map((code) => [code, WRITE_ERRORS[code]])) as Record<string, ResponseSpec>;

/** Only operators and admins register: checked before the body is read, as the forms do. */
const operatorOrAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireRole(requireUser(c), 'operator', 'admin');
  await next();
};

type WithId = { out: { param: { id: number } } };
/** The caller may edit application `{id}` (else 401/403/404), checked before the body is read. */
const editableApplication: MiddlewareHandler<AppEnv, string, WithId> = async (c, next) => {
  await registry.applicationForEdit(c.get('db'), c.get('user'), c.req.valid('param').id);
  await next();
};
/** The caller may edit API `{id}`, checked before the body is read. */
const editableApi: MiddlewareHandler<AppEnv, string, WithId> = async (c, next) => {
  await apisService.apiForEdit(c.get('db'), c.get('user'), c.req.valid('param').id);
  await next();
};

/**
 * The write API: the same schemas and services as the forms, authenticated by a personal API
 * token (`Authorization: Bearer kat_…`) or, from the browser, the session plus its CSRF token.
 */
export function registryApi() {
  const api = new Hono<AppEnv>();

  api.get(
    '/me',
    describe({
      operationId: 'getMe',
      tags: ['registry'],
      summary: 'Who the token (or session) belongs to',
      description: 'The signed-in user: name, role and agency. A client checks its token with it.',
      access: 'token',
      responses: { 200: { description: 'The signed-in user', schema: Me }, ...errorsOf(401) },
    }),
    (c) => {
      const u = requireUser(c);
      const body: Me = {
        id: u.id,
        email: u.email,
        name: u.name,
        role: u.role,
        agencyId: u.agencyId,
        agencyCode: u.agencyCode,
        agencyName: u.agencyName,
        locale: u.locale,
      };
      return c.json(body);
    },
  );

  api.post(
    '/applications',
    describe({
      operationId: 'createApplication',
      tags: ['registry'],
      summary: 'Register an application (as a draft, or active if it already runs)',
      description:
        'Operators register for their own agency (`agency` may be left out); admins name the agency. Unknown codes are reported by field. The answer’s `Location` is the new application.',
      access: 'token',
      responses: { 201: { description: 'Created', schema: Written }, ...errorsOf(400, 401, 403, 413, 422) },
    }),
    operatorOrAdmin,
    input('json', CreateApplicationInput),
    async (c) => {
      const user = requireRole(requireUser(c), 'operator', 'admin');
      const created = await registry.createApplication(c.get('db'), user, c.req.valid('json'));
      c.header('Location', `/api/v1/applications/${created.id}`);
      return c.json({ id: created.id, version: created.version } satisfies Written, 201);
    },
  );

  api.put(
    '/applications/:id',
    describe({
      operationId: 'updateApplication',
      tags: ['registry'],
      summary: 'Replace an application’s fields and links, from the version it was read at',
      description:
        'Send every field (omitted ones are cleared) and the `version` you started from. A stale version answers 409 with what changed meanwhile; nothing is overwritten.',
      access: 'token',
      responses: {
        200: { description: 'Saved', schema: Written },
        ...errorsOf(400, 401, 403, 404, 409, 413, 422),
      },
    }),
    input('param', ApplicationIdParams),
    editableApplication,
    input('json', UpdateApplicationInput),
    async (c) => {
      const { id } = c.req.valid('param');
      const saved = await registry.updateApplication(c.get('db'), c.get('user'), id, c.req.valid('json'));
      return c.json({ id: saved.id, version: saved.version } satisfies Written);
    },
  );

  api.delete(
    '/applications/:id',
    describe({
      operationId: 'deleteApplication',
      tags: ['registry'],
      summary: 'Delete a draft (anything else is retired instead, so its history stays)',
      description: 'Only a draft can be deleted, naming the version being deleted; the deletion is audited.',
      access: 'token',
      responses: { 204: { description: 'Deleted' }, ...errorsOf(400, 401, 403, 404, 409) },
    }),
    input('param', ApplicationIdParams),
    editableApplication,
    input('query', DeleteQuery),
    async (c) => {
      const { id } = c.req.valid('param');
      await registry.deleteApplication(c.get('db'), c.get('user'), id, c.req.valid('query').version);
      return c.body(null, 204);
    },
  );

  api.post(
    '/applications/:id/status',
    describe({
      operationId: 'changeApplicationStatus',
      tags: ['registry'],
      summary: 'Activate (a draft or an approved application), retire or reopen',
      description:
        'A lifecycle step from the version it was read at; a step the lifecycle does not allow answers 409.',
      access: 'token',
      responses: {
        200: { description: 'The new status', schema: StatusChanged },
        ...errorsOf(400, 401, 403, 404, 409),
      },
    }),
    input('param', ApplicationIdParams),
    editableApplication,
    input('json', StatusChangeInput),
    async (c) => {
      const { id } = c.req.valid('param');
      const { action, version } = c.req.valid('json');
      const r = await registry.changeStatus(c.get('db'), c.get('user'), id, action, version);
      return c.json({ id: r.id, status: r.status, version: r.version } satisfies StatusChanged);
    },
  );

  api.get(
    '/applications/:id/history',
    describe({
      operationId: 'getApplicationHistory',
      tags: ['registry'],
      summary: 'The audit trail of an application: who changed what, newest first',
      description:
        'Anyone may read a published application’s history (actors by name); its agency’s operators, reviewers and admins also see sign-in e-mails and drafts’ histories.',
      access: 'optional',
      responses: {
        200: { description: 'History', schema: History },
        400: problemResponse('Malformed id.'),
        404: problemResponse('Not found, or not visible to the caller.'),
      },
    }),
    input('param', ApplicationIdParams),
    async (c) => {
      const h = await registry.applicationHistory(
        c.get('db'),
        viewerOf(c.get('user')),
        c.req.valid('param').id,
      );
      const body: History = {
        application: { id: h.application.id, name: h.application.name },
        items: h.events,
      };
      return c.json(body);
    },
  );

  api.post(
    '/applications/:id/apis',
    describe({
      operationId: 'createApi',
      tags: ['registry'],
      summary: 'Add an API the application provides, optionally with its spec',
      description:
        'The spec (OpenAPI 3, Swagger 2.0 or WSDL) is stored as sent and its operations are extracted for the search.',
      access: 'token',
      responses: {
        201: { description: 'Created', schema: ApiWritten },
        ...errorsOf(400, 401, 403, 404, 413, 422),
      },
    }),
    input('param', ApplicationIdParams),
    editableApplication,
    input('json', ApiBody),
    async (c) => {
      const { spec, ...fields } = c.req.valid('json');
      const created = await apisService.createApi(
        c.get('db'),
        c.get('user'),
        c.req.valid('param').id,
        fields,
        specOf(spec),
        c.get('specParser'),
      );
      return c.json(
        {
          id: created.id,
          applicationId: created.applicationId,
          version: created.version,
        } satisfies ApiWritten,
        201,
      );
    },
  );

  api.put(
    '/apis/:id',
    describe({
      operationId: 'updateApi',
      tags: ['registry'],
      summary: 'Replace an API’s fields (and spec, if sent) from the version it was read at',
      description:
        'As for applications: every field and the `version` you started from; a stale version answers 409.',
      access: 'token',
      responses: {
        200: { description: 'Saved', schema: ApiWritten },
        ...errorsOf(400, 401, 403, 404, 409, 413, 422),
      },
    }),
    input('param', ApiIdParams),
    editableApi,
    input('json', UpdateApiBody),
    async (c) => {
      const { spec, ...fields } = c.req.valid('json');
      const saved = await apisService.updateApi(
        c.get('db'),
        c.get('user'),
        c.req.valid('param').id,
        fields,
        specOf(spec),
        c.get('specParser'),
      );
      return c.json({
        id: saved.id,
        applicationId: saved.applicationId,
        version: saved.version,
      } satisfies ApiWritten);
    },
  );

  api.delete(
    '/apis/:id',
    describe({
      operationId: 'deleteApi',
      tags: ['registry'],
      summary: 'Delete an API',
      description: 'Deletes the API, its spec and operations, naming the version being deleted; audited.',
      access: 'token',
      responses: { 204: { description: 'Deleted' }, ...errorsOf(400, 401, 403, 404, 409) },
    }),
    input('param', ApiIdParams),
    editableApi,
    input('query', DeleteQuery),
    async (c) => {
      await apisService.deleteApi(
        c.get('db'),
        c.get('user'),
        c.req.valid('param').id,
        c.req.valid('query').version,
      );
      return c.body(null, 204);
    },
  );

  api.post(
    '/functions/proposals',
    describe({
      operationId: 'proposeFunction',
      tags: ['registry'],
      summary: 'Propose a business function the catalogue lacks (an admin accepts or merges it)',
      description: 'Under a level-2 RAB or RAL code; the proposal waits for an admin’s decision.',
      access: 'token',
      responses: {
        201: { description: 'Proposed', schema: FunctionProposed },
        ...errorsOf(400, 401, 403, 422),
      },
    }),
    operatorOrAdmin,
    input('json', FunctionProposalInput),
    async (c) => {
      const user = requireRole(requireUser(c), 'operator', 'admin');
      const code = await proposeFunction(c.get('db'), user, c.req.valid('json'));
      return c.json({ code, status: 'proposed' } satisfies FunctionProposed, 201);
    },
  );

  return api;
}
