import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import type { Db } from '../../../db/client';
import type { AppStatus } from '../../../db/schema/applications';
import { detectSpecFormat } from '../../domain/spec';
import { describeSpecIssue, inlineSpecParser, type SpecParser } from '../../domain/spec-import';
import { Conflict, type FieldIssue, Invalid, NotFound, StaleVersion } from '../../kernel/errors';
import { msg } from '../../kernel/i18n';
import { can, canRead, requireEdit, type Viewer } from '../../kernel/policy';
import type { SessionUser } from '../../kernel/user';
import {
  actorOf,
  Batch,
  changesSince,
  isOn,
  type OnConstraint,
  rowAtVersion,
  rowGone,
} from '../../kernel/write';
import * as catalogue from '../catalogue/service';
import * as reg from './repo';
import { type ApiFields, SPEC_MAX_BYTES, type UpdateApiInput } from './schemas';

/** An uploaded or fetched API description, verbatim. */
export interface SpecUpload {
  content: string;
  sourceUrl?: string | null;
}

async function checkSpec(spec: SpecUpload | undefined, parser: SpecParser, owner: string) {
  if (!spec?.content.trim()) return undefined;
  if (new TextEncoder().encode(spec.content).length > SPEC_MAX_BYTES) {
    throw new Invalid(msg('registry.specTooLarge'), [
      {
        field: 'spec',
        message: msg('registry.atMostKib', { value: SPEC_MAX_BYTES / 1024 }),
      },
    ]);
  }
  const kind = detectSpecFormat(spec.content);
  // Parsed and validated in full: an invalid spec is refused with the parser's messages (line
  // and JSON pointer), and nothing of it is stored. An unrecognised one is parsed too, so that a
  // broken JSON or YAML document says where it breaks.
  const parsed = await parser(spec.content, owner);
  const details = parsed.ok
    ? []
    : parsed.errors.map((e) => ({
        field: 'spec',
        message: msg('registry.parserDetail', { detail: describeSpecIssue(e) }),
      }));
  if (!kind) {
    throw new Invalid(msg('registry.unrecognisedSpec'), [
      { field: 'spec', message: msg('registry.notAnOpenapi3Swagger') },
      ...details,
    ]);
  }
  if (!parsed.ok) throw new Invalid(msg('registry.invalidSpec'), details);
  return {
    format: parsed.format,
    mediaType: parsed.mediaType,
    operations: parsed.operations,
    content: spec.content,
    sourceUrl: spec.sourceUrl ?? null,
    sha256: encodeHexLowerCase(sha256(new TextEncoder().encode(spec.content))),
  };
}

async function resolveEntities(db: Db, codes: string[]) {
  const unique = [...new Set(codes)];
  const found = (await reg.resolveCodes(db, [], unique, null)).dataEntities;
  const byCode = new Map(found.map((d) => [d.code, d.id]));
  const issues: FieldIssue[] = [];
  unique.forEach((c, i) => {
    if (!byCode.has(c))
      issues.push({
        field: `dataEntities.${i}`,
        message: msg('registry.unknownDataEntity4', { c }),
      });
  });
  return { ids: unique.map((c) => byCode.get(c)!).filter(Boolean), issues };
}

function columns(input: ApiFields): reg.ApiColumns {
  return {
    name: input.name,
    apiVersion: input.apiVersion,
    description: input.description,
    protocol: input.protocol,
    baseUrl: input.baseUrl,
    documentationUrl: input.documentationUrl,
    access: input.access,
    auth: input.auth,
    splpPublished: input.splpPublished,
    contactEmail: input.contactEmail,
  };
}

async function apiSnapshot(db: Db, id: number) {
  const api = await reg.apiWithOwner(db, id);
  if (!api) return undefined;
  const [entities, spec] = await Promise.all([reg.apiEntityCodes(db, id), reg.apiSpecInfo(db, id)]);
  return {
    name: api.name,
    apiVersion: api.apiVersion,
    description: api.description,
    protocol: api.protocol,
    baseUrl: api.baseUrl,
    documentationUrl: api.documentationUrl,
    access: api.access,
    auth: api.auth,
    splpPublished: !!api.splpPublished,
    contactEmail: api.contactEmail,
    dataEntities: entities,
    spec: spec ? `${spec.format} sha256:${spec.sha256.slice(0, 12)}` : null,
    version: api.version,
  };
}

const apiGone = (id: number) => new NotFound(msg('registry.theApiWasDeletedMeanwhile2', { id }));

const apiNameTaken = () =>
  new Invalid(msg('error.invalidInput'), [
    {
      field: 'name',
      message: msg('registry.nameAndVersionAlreadyUsed'),
    },
  ]);

/** What an API write's constraint failures mean (a lost name race; on an edit, a row gone or stale). */
function apiConstraints(db: Db, edit?: { id: number; version: number }): OnConstraint {
  return {
    unique: (constraint) => (isOn(constraint, 'apis') ? apiNameTaken() : undefined),
    ...(edit ? { foreignKey: () => apiGone(edit.id), stale: () => staleApi(db, edit.id, edit.version) } : {}),
  };
}

/** Adds an API to an application the user may change; the spec, if given, must be recognisable. */
export async function createApi(
  db: Db,
  user: SessionUser | null,
  applicationId: number,
  input: ApiFields,
  spec?: SpecUpload,
  parser: SpecParser = inlineSpecParser,
) {
  const app = await catalogue.applicationRow(db, applicationId);
  if (!app) throw new NotFound(msg('registry.applicationNotFound5', { applicationId }));
  const u = requireEdit(user, app);
  refuseFrozen(u, app);
  const { ids, issues } = await resolveEntities(db, input.dataEntities);
  if (await reg.apiNameTaken(db, applicationId, input.name, input.apiVersion)) {
    issues.push({
      field: 'name',
      message: msg('registry.nameAndVersionAlreadyUsed'),
    });
  }
  if (issues.length) throw new Invalid(msg('error.invalidInput'), issues);
  const s = await checkSpec(spec, parser, `user:${u.id}`);
  const apiId = reg.apiIdByName(applicationId, input.name, input.apiVersion);
  const batch = new Batch();
  const slot = batch.add(reg.insertApi(db, applicationId, columns(input)));
  batch.add(...reg.replaceApiEntities(db, apiId, ids));
  if (s) batch.add(reg.upsertSpec(db, apiId, s), ...reg.replaceOperations(db, apiId, s.operations));
  batch.audit(db, {
    ...actorOf(u),
    action: 'create',
    entityType: 'api',
    entityId: apiId,
    before: null,
    after: {
      ...input,
      dataEntities: [...new Set(input.dataEntities)].sort(),
      spec: s ? `${s.format} sha256:${s.sha256.slice(0, 12)}` : null,
      version: 1,
    },
  });
  // The application's history says an API was added, not only the API's own.
  batch.audit(db, {
    ...actorOf(u),
    action: 'api:create',
    entityType: 'application',
    entityId: applicationId,
    before: null,
    after: { api: `${input.name} ${input.apiVersion}` },
  });
  const result = await batch.run(db, apiConstraints(db));
  return { id: result.insertedId(slot), applicationId, version: 1 };
}

async function loadApi(db: Db, user: SessionUser | null, id: number) {
  const api = await reg.apiWithOwner(db, id);
  if (!api) throw new NotFound(msg('registry.apiNotFound2', { id }));
  const u = requireEdit(user, { id: api.applicationId, status: api.status, agencyId: api.agencyId });
  return { api, user: u };
}

/** Like the application itself, its APIs do not change while a reviewer looks at it (or after a rejection). */
function refuseFrozen(user: SessionUser, app: { status: AppStatus; agencyId: number }) {
  if (!can(user, 'application.edit', app)) {
    throw new Conflict(msg('registry.theApisOfAnApplication', { status: app.status }));
  }
}

/** The API's current fields for its edit form, if the user may change it. */
export async function apiForEdit(db: Db, user: SessionUser | null, id: number) {
  const { api } = await loadApi(db, user, id);
  const application = await catalogue.applicationRow(db, api.applicationId);
  return { api, snapshot: (await apiSnapshot(db, id))!, applicationName: application?.name ?? '' };
}

async function staleApi(db: Db, id: number, version: number) {
  const now = await apiSnapshot(db, id);
  const changes = await changesSince(db, 'api', id, version, now);
  return new StaleVersion(
    msg('registry.someoneElseChangedThisApi', { version, version2: now?.version ?? version }),
    now?.version ?? version,
    changes,
  );
}

export async function updateApi(
  db: Db,
  user: SessionUser | null,
  id: number,
  input: UpdateApiInput,
  spec?: SpecUpload,
  parser: SpecParser = inlineSpecParser,
) {
  const { api, user: u } = await loadApi(db, user, id);
  refuseFrozen(u, api);
  if (input.version !== api.version) throw await staleApi(db, id, input.version);
  const { ids, issues } = await resolveEntities(db, input.dataEntities);
  if (await reg.apiNameTaken(db, api.applicationId, input.name, input.apiVersion, id)) {
    issues.push({
      field: 'name',
      message: msg('registry.nameAndVersionAlreadyUsed'),
    });
  }
  if (issues.length) throw new Invalid(msg('error.invalidInput'), issues);
  const s = await checkSpec(spec, parser, `user:${u.id}`);
  const before = await apiSnapshot(db, id);
  const batch = new Batch();
  const slot = batch.add(reg.updateApi(db, id, columns(input), input.version));
  batch.add(...reg.replaceApiEntities(db, id, ids));
  if (s)
    batch.add(
      reg.upsertSpec(db, id, s),
      ...reg.replaceOperations(db, id, s.operations, await reg.operationCount(db, id)),
    );
  batch.audit(
    db,
    {
      ...actorOf(u),
      action: 'update',
      entityType: 'api',
      entityId: id,
      before,
      after: {
        ...input,
        dataEntities: [...new Set(input.dataEntities)].sort(),
        spec: s ? `${s.format} sha256:${s.sha256.slice(0, 12)}` : (before?.spec ?? null),
        version: input.version + 1,
      },
    },
    rowAtVersion('apis', id, input.version + 1),
  );
  batch.audit(
    db,
    {
      ...actorOf(u),
      action: 'api:update',
      entityType: 'application',
      entityId: api.applicationId,
      before: { api: `${api.name} ${api.apiVersion}` },
      after: { api: `${input.name} ${input.apiVersion}` },
    },
    rowAtVersion('apis', id, input.version + 1),
  );
  const result = await batch.run(db, apiConstraints(db, { id, version: input.version }));
  if (!result.rowsAffected(slot)) throw apiGone(id);
  return { id, applicationId: api.applicationId, version: input.version + 1 };
}

export async function deleteApi(db: Db, user: SessionUser | null, id: number, version: number) {
  const { api, user: u } = await loadApi(db, user, id);
  refuseFrozen(u, api);
  if (version !== api.version) throw await staleApi(db, id, version);
  const before = await apiSnapshot(db, id);
  const batch = new Batch();
  const slot = batch.add(reg.deleteApi(db, id, version));
  batch.audit(
    db,
    { ...actorOf(u), action: 'delete', entityType: 'api', entityId: id, before, after: null },
    rowGone('apis', id),
  );
  batch.audit(
    db,
    {
      ...actorOf(u),
      action: 'api:delete',
      entityType: 'application',
      entityId: api.applicationId,
      before: { api: `${api.name} ${api.apiVersion}` },
      after: null,
    },
    rowGone('apis', id),
  );
  const res = await batch.run(db);
  if (!res.rowsAffected(slot)) throw new Conflict(msg('registry.changedOrDeletedMeanwhile'));
  return { applicationId: api.applicationId };
}

/** An API's page: facts, owner, data exposed, consumers, operations; NotFound unless its application is readable. */
export async function apiPage(db: Db, viewer: Viewer, id: number) {
  const api = await reg.apiDetail(db, id);
  if (!api || !canRead(viewer, api)) throw new NotFound(msg('registry.apiNotFound2', { id }));
  const [operations, entities, consumers, spec] = await Promise.all([
    reg.apiOperationsOf(db, id),
    reg.apiEntities(db, id),
    reg.apiConsumers(db, id, viewer.statuses),
    reg.apiSpecInfo(db, id),
  ]);
  return {
    api,
    entities,
    consumers,
    spec,
    operations: operations.map((o) => ({
      ...o,
      tags: JSON.parse(o.tags) as string[],
      parameters: JSON.parse(o.parameters) as unknown[],
      requestSchema: o.requestSchema ? (JSON.parse(o.requestSchema) as unknown) : null,
      responseSchema: o.responseSchema ? (JSON.parse(o.responseSchema) as unknown) : null,
    })),
  };
}

/** The original spec document, for download, if the API is readable. */
export async function apiSpecDownload(db: Db, viewer: Viewer, id: number) {
  const api = await reg.apiDetail(db, id);
  if (!api || !canRead(viewer, api)) throw new NotFound(msg('registry.apiNotFound2', { id }));
  const spec = await reg.apiSpecDocument(db, id);
  if (!spec) throw new NotFound(msg('registry.thisApiHasNoSpec'));
  return { ...spec, name: api.name, apiVersion: api.apiVersion };
}
