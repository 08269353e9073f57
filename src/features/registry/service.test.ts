import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { APP_STATUSES, type AppStatus } from '../../../db/schema/applications';
import { makeUser } from '../../../test/support/auth';
import { createTestDb } from '../../../test/support/db';
import { rejection } from '../../../test/support/expect';
import {
  allAuditEvents,
  applicationAudit,
  applicationAuditCount,
  applicationsNamed,
  firstActiveApplicationId,
} from '../../../test/support/repo';
import { type LifecycleAction, TRANSITIONS, transition } from '../../domain/lifecycle';
import { Conflict, Forbidden, Invalid, NotFound, StaleVersion, Unauthorized } from '../../kernel/errors';
import { statusOf } from '../../kernel/http/errors';
import { translator } from '../../kernel/i18n';
import { PUBLIC_VIEWER, viewerOf } from '../../kernel/policy';
import type { SessionUser } from '../accounts/repo';
import { getApplication } from '../catalogue/repo/applications';
import { linkCodes } from './repo';
import { CreateApplicationInput, UpdateApplicationInput } from './schemas';
import {
  applicationHistory,
  changeStatus,
  createApplication,
  deleteApplication,
  updateApplication,
} from './service';

/** A fresh database with an operator of BKN (A) and of ANRI (B), a reviewer and an admin. */
async function setup() {
  const db = await createTestDb();
  return {
    db,
    opA: await makeUser(db, 'operator', 'BKN', 'operator@bkn.go.id'),
    opB: await makeUser(db, 'operator', 'ANRI', 'operator@anri.go.id'),
    reviewer: await makeUser(db, 'reviewer', null, 'penilai@menpan.go.id'),
    admin: await makeUser(db, 'admin', null, 'admin@menpan.go.id'),
  };
}

/** A published national application to relate to. */
const publishedAppId = firstActiveApplicationId;

const createInput = (x: Record<string, unknown>) =>
  v.parse(CreateApplicationInput, {
    name: 'SIMPEG Internal BKN',
    description: 'Pengelolaan data pegawai internal.',
    ...x,
  });
const updateInput = (x: Record<string, unknown>) =>
  v.parse(UpdateApplicationInput, {
    name: 'SIMPEG Internal BKN',
    description: 'Pengelolaan data pegawai internal.',
    ...x,
  });

const auditEvents = applicationAudit;

async function fieldsOf(p: Promise<unknown>) {
  const error = await rejection(p);
  expect(error).toBeInstanceOf(Invalid);
  return (error as Invalid).fields.map((f) => f.field);
}

describe('createApplication', () => {
  it('stores an operator’s application with its links, version 1 and a create audit event', async () => {
    const { db, opA } = await setup();
    const target = await publishedAppId(db);
    const res = await createApplication(
      db,
      opA,
      createInput({
        acronym: 'SIMPEG',
        raa: 'raa.01.02',
        hosting: 'pdn',
        functions: ['RAB.09.06.01', 'ral.02.06.01', 'RAB.09.06.01'],
        dataEntities: [
          { code: 'RAD.09.06.01', role: 'consumer' },
          { code: 'RAD.09.06.01', role: 'master' },
          { code: 'RAD.02.01.01', role: 'producer' },
        ],
        relations: [{ application: target, kind: 'integrates_with' }],
      }),
    );
    expect(res.version).toBe(1);

    const app = (await getApplication(db, res.id))!;
    expect(app).toMatchObject({
      name: 'SIMPEG Internal BKN',
      acronym: 'SIMPEG',
      agencyCode: 'BKN',
      status: 'draft',
      category: 'khusus',
      raaCode: 'RAA.01.02',
      hosting: 'pdn',
      version: 1,
    });
    expect(await linkCodes(db, res.id)).toEqual({
      functions: ['RAB.09.06.01', 'RAL.02.06.01'],
      dataEntities: ['RAD.02.01.01:producer', 'RAD.09.06.01:master'],
      consumedApis: [],
      relations: [`integrates_with:${target}`],
    });

    const events = await auditEvents(db, res.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.action).toBe('create');
    expect(events[0]!.actorUserId).toBe(opA.id);
    expect(events[0]!.before).toBeNull();
    const after = JSON.parse(events[0]!.after!);
    expect(after).toMatchObject({
      agency: 'BKN',
      name: 'SIMPEG Internal BKN',
      status: 'draft',
      raa: 'RAA.01.02',
      functions: ['RAB.09.06.01', 'RAL.02.06.01'],
      dataEntities: ['RAD.02.01.01:producer', 'RAD.09.06.01:master'],
      relations: [`integrates_with:${target}`],
      version: 1,
    });
  });

  it('records in the create event exactly the state a later snapshot reads back', async () => {
    const { db, opA, admin } = await setup();
    const target = await publishedAppId(db);
    const res = await createApplication(
      db,
      opA,
      createInput({
        raa: 'RAA.01.02',
        functions: ['RAL.02.06.01', 'RAB.09.06.01'],
        dataEntities: [{ code: 'RAD.09.06.01', role: 'master' }],
        relations: [
          { application: target, kind: 'integrates_with' },
          { application: target, kind: 'depends_on' },
        ],
      }),
    );
    // An admin's no-op edit: the update event's "before" is read from the database, its
    // "after" is built from the input. Nothing changed, so nothing may show as changed.
    await updateApplication(
      db,
      admin,
      res.id,
      updateInput({
        version: 1,
        raa: 'RAA.01.02',
        functions: ['RAL.02.06.01', 'RAB.09.06.01'],
        dataEntities: [{ code: 'RAD.09.06.01', role: 'master' }],
        relations: [
          { application: target, kind: 'integrates_with' },
          { application: target, kind: 'depends_on' },
        ],
      }),
    );
    const history = await applicationHistory(db, viewerOf(admin), res.id);
    expect(history.events.map((e) => e.action)).toEqual(['update', 'create']);
    expect(history.events[0]!.changes).toEqual([]);
    const [create, update] = await auditEvents(db, res.id);
    expect({ ...JSON.parse(update!.before!), version: 1 }).toEqual(JSON.parse(create!.after!));
  });

  it('lets an admin register for a named agency and mark it umum', async () => {
    const { db, admin } = await setup();
    const res = await createApplication(db, admin, createInput({ agency: 'anri', category: 'umum' }));
    expect(await getApplication(db, res.id)).toMatchObject({ agencyCode: 'ANRI', category: 'umum' });
    expect(await fieldsOf(createApplication(db, admin, createInput({ name: 'Tanpa Instansi' })))).toEqual([
      'agency',
    ]);
  });

  it('refuses reviewers and anonymous callers', async () => {
    const { db, reviewer } = await setup();
    expect(await rejection(createApplication(db, reviewer, createInput({})))).toBeInstanceOf(Forbidden);
    expect(
      await rejection(createApplication(db, null as unknown as SessionUser, createInput({}))),
    ).toBeInstanceOf(Unauthorized);
  });

  it('refuses an operator registering for another agency', async () => {
    const { db, opA } = await setup();
    expect(await fieldsOf(createApplication(db, opA, createInput({ agency: 'ANRI' })))).toEqual(['agency']);
    // Naming one's own agency (in any case) is fine.
    await createApplication(db, opA, createInput({ agency: 'bkn' }));
  });

  it('names every unknown function, data entity and RAA code by field, and stores nothing', async () => {
    const { db, opA } = await setup();
    const fields = await fieldsOf(
      createApplication(
        db,
        opA,
        createInput({
          raa: 'RAA.99.99',
          functions: ['RAB.09.06.01', 'RAB.09.06.98'],
          dataEntities: [
            { code: 'RAD.09.06.01', role: 'master' },
            { code: 'RAD.99.99.99', role: 'consumer' },
          ],
        }),
      ),
    );
    expect(fields).toEqual(['functions.1', 'dataEntities.1.code', 'raa']);
    expect(await applicationsNamed(db, 'SIMPEG Internal BKN')).toBe(0);
    expect(await allAuditEvents(db)).toEqual([]);
  });

  it('refuses relations to unknown applications and to another agency’s draft', async () => {
    const { db, opA, opB } = await setup();
    const draftB = await createApplication(db, opB, createInput({ name: 'Arsip Draf ANRI' }));
    const fields = await fieldsOf(
      createApplication(
        db,
        opA,
        createInput({
          relations: [
            { application: 999_999, kind: 'depends_on' },
            { application: draftB.id, kind: 'integrates_with' },
          ],
        }),
      ),
    );
    expect(fields).toEqual(['relations.0.application', 'relations.1.application']);
  });

  it('refuses category umum from operators', async () => {
    const { db, opA } = await setup();
    expect(await fieldsOf(createApplication(db, opA, createInput({ category: 'umum' })))).toEqual([
      'category',
    ]);
  });

  it('refuses a duplicate name within one agency, in any case, but not across agencies', async () => {
    const { db, opA, opB } = await setup();
    await createApplication(db, opA, createInput({ name: 'e-Kinerja' }));
    expect(await fieldsOf(createApplication(db, opA, createInput({ name: 'e-Kinerja' })))).toEqual(['name']);
    expect(await fieldsOf(createApplication(db, opA, createInput({ name: 'E-KINERJA' })))).toEqual(['name']);
    expect(await fieldsOf(createApplication(db, opA, createInput({ name: '  e-kinerja ' })))).toEqual([
      'name',
    ]);
    const other = await createApplication(db, opB, createInput({ name: 'e-Kinerja' }));
    expect(await getApplication(db, other.id)).toMatchObject({ agencyCode: 'ANRI', name: 'e-Kinerja' });
  });

  it('turns a lost race for the same name into a name error, not a database error', async () => {
    const { db, opA } = await setup();
    const results = await Promise.allSettled([
      createApplication(db, opA, createInput({ name: 'Aplikasi Kembar' })),
      createApplication(db, opA, createInput({ name: 'aplikasi kembar' })),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(Invalid);
    expect((lost.reason as Invalid).fields.map((f) => f.field)).toEqual(['name']);
    expect(await applicationAuditCount(db, 'create')).toBe(1);
  });
});

describe('updateApplication: who may edit', () => {
  it('hides another agency’s draft (404) and forbids changing its published entry (403)', async () => {
    const { db, opA, opB } = await setup();
    const draft = await createApplication(db, opA, createInput({ name: 'Draf BKN' }));
    const active = await createApplication(db, opA, createInput({ name: 'Aktif BKN', status: 'active' }));
    expect(
      await rejection(updateApplication(db, opB, draft.id, updateInput({ name: 'Draf BKN', version: 1 }))),
    ).toBeInstanceOf(NotFound);
    expect(
      await rejection(updateApplication(db, opB, active.id, updateInput({ name: 'Aktif BKN', version: 1 }))),
    ).toBeInstanceOf(Forbidden);
    expect((await getApplication(db, active.id))!.version).toBe(1);
  });

  it('forbids reviewers, asks anonymous callers to sign in, and lets admins edit', async () => {
    const { db, opA, reviewer, admin } = await setup();
    const app = await createApplication(db, opA, createInput({}));
    expect(
      await rejection(updateApplication(db, reviewer, app.id, updateInput({ version: 1 }))),
    ).toBeInstanceOf(Forbidden);
    expect(await rejection(updateApplication(db, null, app.id, updateInput({ version: 1 })))).toBeInstanceOf(
      Unauthorized,
    );
    const res = await updateApplication(
      db,
      admin,
      app.id,
      updateInput({ version: 1, description: 'Diperbaiki admin.' }),
    );
    expect(res.version).toBe(2);
    // The admin named no agency: the application stays with its owner.
    expect(await getApplication(db, app.id)).toMatchObject({
      agencyCode: 'BKN',
      description: 'Diperbaiki admin.',
    });
  });

  it('gives 404 for an application that does not exist', async () => {
    const { db, opA } = await setup();
    expect(await rejection(updateApplication(db, opA, 999_999, updateInput({ version: 1 })))).toBeInstanceOf(
      NotFound,
    );
  });

  it('applies the same field checks as create on update', async () => {
    const { db, opA } = await setup();
    await createApplication(db, opA, createInput({ name: 'Yang Lain' }));
    const app = await createApplication(db, opA, createInput({}));
    expect(
      await fieldsOf(
        updateApplication(
          db,
          opA,
          app.id,
          updateInput({ version: 1, name: 'yang lain', category: 'umum', functions: ['RAB.09.06.98'] }),
        ),
      ),
    ).toEqual(['name', 'category', 'functions.0']);
    // Keeping its own name is not a duplicate; neither is a change of case.
    await updateApplication(db, opA, app.id, updateInput({ version: 1, name: 'SIMPEG INTERNAL BKN' }));
    expect(
      await fieldsOf(
        updateApplication(
          db,
          opA,
          app.id,
          updateInput({ version: 2, relations: [{ application: app.id, kind: 'replaces' }] }),
        ),
      ),
    ).toEqual(['relations.0.application']);
  });
});

describe('updateApplication: optimistic locking', () => {
  it('saves an edit from the current version as version 2 with an update event', async () => {
    const { db, opA } = await setup();
    const app = await createApplication(db, opA, createInput({ functions: ['RAB.09.06.01'] }));
    const res = await updateApplication(
      db,
      opA,
      app.id,
      updateInput({ version: 1, description: 'Versi baru.', functions: ['RAL.02.06.01'] }),
    );
    expect(res).toEqual({ id: app.id, version: 2 });
    expect(await getApplication(db, app.id)).toMatchObject({ version: 2, description: 'Versi baru.' });
    expect((await linkCodes(db, app.id)).functions).toEqual(['RAL.02.06.01']);

    const events = await auditEvents(db, app.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
    const before = JSON.parse(events[1]!.before!);
    const after = JSON.parse(events[1]!.after!);
    expect(before).toMatchObject({
      version: 1,
      description: 'Pengelolaan data pegawai internal.',
      functions: ['RAB.09.06.01'],
    });
    expect(after).toMatchObject({ version: 2, description: 'Versi baru.', functions: ['RAL.02.06.01'] });
    expect(before).not.toEqual(after);
  });

  it('refuses a stale save, says what the other edit changed and keeps the other edit', async () => {
    const { db, opA, admin } = await setup();
    const app = await createApplication(db, opA, createInput({ functions: ['RAB.09.06.01'] }));
    await updateApplication(
      db,
      admin,
      app.id,
      updateInput({ version: 1, description: 'Diubah admin.', functions: ['RAB.09.06.01', 'RAL.02.06.01'] }),
    );
    const error = await rejection(
      updateApplication(db, opA, app.id, updateInput({ version: 1, acronym: 'SIMPEG' })),
    );
    expect(error).toBeInstanceOf(StaleVersion);
    expect(error).toBeInstanceOf(Conflict);
    const stale = error as StaleVersion;
    expect(statusOf(stale, { method: 'PUT' })).toBe(409);
    expect(stale.currentVersion).toBe(2);
    expect(stale.changes.map((c) => c.field).sort()).toEqual(['description', 'functions']);
    expect(stale.changes.find((c) => c.field === 'functions')).toMatchObject({
      added: ['RAL.02.06.01'],
      removed: [],
    });
    expect(stale.changes.find((c) => c.field === 'description')).toMatchObject({
      before: 'Pengelolaan data pegawai internal.',
      after: 'Diubah admin.',
    });
    expect(await getApplication(db, app.id)).toMatchObject({
      version: 2,
      acronym: null,
      description: 'Diubah admin.',
    });
    expect((await auditEvents(db, app.id)).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('refuses a save from a version newer than the stored one', async () => {
    const { db, opA } = await setup();
    const app = await createApplication(db, opA, createInput({}));
    expect(await rejection(updateApplication(db, opA, app.id, updateInput({ version: 7 })))).toBeInstanceOf(
      StaleVersion,
    );
    expect((await getApplication(db, app.id))!.version).toBe(1);
  });

  it('lets exactly one of two concurrent saves from the same version win, with only its links', async () => {
    const { db, opA, admin } = await setup();
    const app = await createApplication(
      db,
      opA,
      createInput({
        functions: ['RAB.09.06.04'],
        dataEntities: [{ code: 'RAD.02.01.01', role: 'consumer' }],
      }),
    );
    const inputs = [
      updateInput({
        version: 1,
        description: 'Suntingan operator.',
        acronym: 'OPR',
        functions: ['RAB.09.06.01'],
        dataEntities: [{ code: 'RAD.09.06.01', role: 'master' }],
      }),
      updateInput({
        version: 1,
        description: 'Suntingan admin.',
        acronym: 'ADM',
        functions: ['RAL.02.06.01'],
        dataEntities: [{ code: 'RAD.02.01.01', role: 'producer' }],
      }),
    ];
    const results = await Promise.allSettled([
      updateApplication(db, opA, app.id, inputs[0]!),
      updateApplication(db, admin, app.id, inputs[1]!),
    ]);
    const won = results.findIndex((r) => r.status === 'fulfilled');
    const lost = results.findIndex((r) => r.status === 'rejected');
    expect(won).toBeGreaterThanOrEqual(0);
    expect(lost).toBeGreaterThanOrEqual(0);
    expect((results[won] as PromiseFulfilledResult<unknown>).value).toEqual({ id: app.id, version: 2 });
    const reason = (results[lost] as PromiseRejectedResult).reason;
    expect(reason).toBeInstanceOf(StaleVersion);
    expect(reason).toBeInstanceOf(Conflict);
    expect((reason as StaleVersion).currentVersion).toBe(2);

    const winner = inputs[won]!;
    expect(await getApplication(db, app.id)).toMatchObject({
      version: 2,
      description: winner.description,
      acronym: winner.acronym,
    });
    expect(await linkCodes(db, app.id)).toEqual({
      functions: winner.functions,
      dataEntities: winner.dataEntities.map((d) => `${d.code}:${d.role}`),
      consumedApis: [],
      relations: [],
    });
    const events = await auditEvents(db, app.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
    expect(JSON.parse(events[1]!.after!)).toMatchObject({ description: winner.description, version: 2 });
  });

  it('keeps a clean version sequence under five concurrent saves', async () => {
    const { db, opA } = await setup();
    const app = await createApplication(db, opA, createInput({}));
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        updateApplication(db, opA, app.id, updateInput({ version: 1, description: `Suntingan ${i}.` })),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(StaleVersion);
    expect((await getApplication(db, app.id))!.version).toBe(2);
    expect((await auditEvents(db, app.id)).map((e) => e.action)).toEqual(['create', 'update']);
  });
});

describe('changeStatus', () => {
  it('activates a draft, refuses to activate it again with a reason, retires and reopens it', async () => {
    const { db, opA } = await setup();
    const app = await createApplication(db, opA, createInput({}));
    expect(await changeStatus(db, opA, app.id, 'activate', 1)).toEqual({
      id: app.id,
      status: 'active',
      version: 2,
    });
    expect(await getApplication(db, app.id)).toMatchObject({ status: 'active', version: 2 });

    const again = await rejection(changeStatus(db, opA, app.id, 'activate', 2));
    expect(again).toBeInstanceOf(Conflict);
    expect(again).not.toBeInstanceOf(StaleVersion);
    expect((again as Conflict).message).toContain('"activate"');
    expect((again as Conflict).message).toMatch(/aktif|active/i);
    expect((await getApplication(db, app.id))!.version).toBe(2);

    expect(await changeStatus(db, opA, app.id, 'retire', 2)).toMatchObject({ status: 'retired', version: 3 });
    expect(await rejection(changeStatus(db, opA, app.id, 'retire', 3))).toBeInstanceOf(Conflict);
    expect(await changeStatus(db, opA, app.id, 'reopen', 3)).toMatchObject({ status: 'active', version: 4 });

    const events = await auditEvents(db, app.id);
    expect(events.map((e) => e.action)).toEqual([
      'create',
      'status:activate',
      'status:retire',
      'status:reopen',
    ]);
    expect(JSON.parse(events[1]!.before!)).toMatchObject({ status: 'draft', version: 1 });
    expect(JSON.parse(events[1]!.after!)).toMatchObject({ status: 'active', version: 2 });
  });

  it('refuses a status change from a stale version', async () => {
    const { db, opA } = await setup();
    const app = await createApplication(db, opA, createInput({}));
    await updateApplication(db, opA, app.id, updateInput({ version: 1, description: 'Baru.' }));
    const error = await rejection(changeStatus(db, opA, app.id, 'activate', 1));
    expect(error).toBeInstanceOf(StaleVersion);
    expect((error as StaleVersion).changes.map((c) => c.field)).toEqual(['description']);
    expect(await getApplication(db, app.id)).toMatchObject({ status: 'draft', version: 2 });
  });

  it('lets only one of two concurrent status changes from the same version through', async () => {
    const { db, opA } = await setup();
    const app = await createApplication(db, opA, createInput({ status: 'active' }));
    const results = await Promise.allSettled([
      changeStatus(db, opA, app.id, 'retire', 1),
      updateApplication(db, opA, app.id, updateInput({ version: 1, description: 'Bersamaan.' })),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(StaleVersion);
    expect((await getApplication(db, app.id))!.version).toBe(2);
  });

  it('guards status changes like edits', async () => {
    const { db, opA, opB, reviewer } = await setup();
    const app = await createApplication(db, opA, createInput({ status: 'active' }));
    const draft = await createApplication(db, opA, createInput({ name: 'Draf BKN' }));
    expect(await rejection(changeStatus(db, opB, app.id, 'retire', 1))).toBeInstanceOf(Forbidden);
    expect(await rejection(changeStatus(db, opB, draft.id, 'activate', 1))).toBeInstanceOf(NotFound);
    expect(await rejection(changeStatus(db, reviewer, app.id, 'retire', 1))).toBeInstanceOf(Forbidden);
    expect(await rejection(changeStatus(db, null, app.id, 'retire', 1))).toBeInstanceOf(Unauthorized);
  });
});

describe('deleteApplication', () => {
  it('deletes a draft with its links and records a delete event', async () => {
    const { db, opA } = await setup();
    const target = await publishedAppId(db);
    const app = await createApplication(
      db,
      opA,
      createInput({
        functions: ['RAB.09.06.01'],
        dataEntities: [{ code: 'RAD.09.06.01', role: 'master' }],
        relations: [{ application: target, kind: 'depends_on' }],
      }),
    );
    await deleteApplication(db, opA, app.id, 1);
    expect(await getApplication(db, app.id)).toBeUndefined();
    expect(await linkCodes(db, app.id)).toEqual({
      functions: [],
      dataEntities: [],
      consumedApis: [],
      relations: [],
    });
    const events = await auditEvents(db, app.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'delete']);
    expect(JSON.parse(events[1]!.before!)).toMatchObject({ name: 'SIMPEG Internal BKN', version: 1 });
    expect(events[1]!.after).toBeNull();
  });

  it('refuses to delete anything but a draft', async () => {
    const { db, opA } = await setup();
    const app = await createApplication(db, opA, createInput({ status: 'active' }));
    const error = await rejection(deleteApplication(db, opA, app.id, 1));
    expect(error).toBeInstanceOf(Conflict);
    expect(error).not.toBeInstanceOf(StaleVersion);
    expect(await getApplication(db, app.id)).toBeDefined();
  });

  it('refuses to delete from a stale version', async () => {
    const { db, opA } = await setup();
    const app = await createApplication(db, opA, createInput({}));
    await updateApplication(db, opA, app.id, updateInput({ version: 1, description: 'Baru.' }));
    expect(await rejection(deleteApplication(db, opA, app.id, 1))).toBeInstanceOf(StaleVersion);
    expect(await getApplication(db, app.id)).toMatchObject({ version: 2 });
    expect((await auditEvents(db, app.id)).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it.each([
    ['an edit', 'update'],
    ['an activation', 'status:activate'],
  ] as const)('lets a delete and %s from the same version not both succeed', async (_, action) => {
    const { db, opA } = await setup();
    const app = await createApplication(db, opA, createInput({}));
    const results = await Promise.allSettled([
      action === 'update'
        ? updateApplication(db, opA, app.id, updateInput({ version: 1, description: 'Bersamaan.' }))
        : changeStatus(db, opA, app.id, 'activate', 1),
      deleteApplication(db, opA, app.id, 1),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const [change, deletion] = results;
    const actions = (await auditEvents(db, app.id)).map((e) => e.action);
    const row = await getApplication(db, app.id);
    if (deletion!.status === 'fulfilled') {
      // The delete won: the change must not claim success or leave an event for a row that is gone.
      expect(row).toBeUndefined();
      expect((change as PromiseRejectedResult).reason).toBeInstanceOf(Error);
      expect([NotFound, Conflict].some((t) => (change as PromiseRejectedResult).reason instanceof t)).toBe(
        true,
      );
      expect(actions).toEqual(['create', 'delete']);
    } else {
      expect(row).toMatchObject({ version: 2 });
      expect((deletion as PromiseRejectedResult).reason).toBeInstanceOf(Conflict);
      expect(actions).toEqual(['create', action]);
    }
  });

  it('does not apply a change to a draft deleted meanwhile, even with links in the change', async () => {
    const { db, opA } = await setup();
    const app = await createApplication(db, opA, createInput({}));
    const results = await Promise.allSettled([
      updateApplication(db, opA, app.id, updateInput({ version: 1, functions: ['RAB.09.06.01'] })),
      deleteApplication(db, opA, app.id, 1),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    // Whichever lost, it lost with a domain error (409/404), never a raw database error.
    expect([NotFound, Conflict].some((t) => failed.reason instanceof t)).toBe(true);
  });

  it('guards deletes like edits', async () => {
    const { db, opA, opB, reviewer } = await setup();
    const app = await createApplication(db, opA, createInput({}));
    expect(await rejection(deleteApplication(db, opB, app.id, 1))).toBeInstanceOf(NotFound);
    expect(await rejection(deleteApplication(db, reviewer, app.id, 1))).toBeInstanceOf(Forbidden);
    expect(await rejection(deleteApplication(db, null, app.id, 1))).toBeInstanceOf(Unauthorized);
    expect(await getApplication(db, app.id)).toBeDefined();
  });
});

describe('applicationHistory', () => {
  it('lists events newest first with the fields each one changed', async () => {
    const { db, opA } = await setup();
    const app = await createApplication(db, opA, createInput({ functions: ['RAB.09.06.01'] }));
    await updateApplication(
      db,
      opA,
      app.id,
      updateInput({ version: 1, description: 'Kedua.', functions: ['RAB.09.06.01', 'RAL.02.06.01'] }),
    );
    await changeStatus(db, opA, app.id, 'activate', 2);
    const history = await applicationHistory(db, viewerOf(opA), app.id);
    expect(history.application.id).toBe(app.id);
    expect(history.events.map((e) => [e.action, e.version])).toEqual([
      ['status:activate', 3],
      ['update', 2],
      ['create', 1],
    ]);
    expect(history.events.every((e) => e.actor === 'operator <operator@bkn.go.id>')).toBe(true);
    expect(history.events[0]!.changes).toEqual([{ field: 'status', before: 'draft', after: 'active' }]);
    expect(history.events[1]!.changes).toEqual([
      { field: 'description', before: 'Pengelolaan data pegawai internal.', after: 'Kedua.' },
      {
        field: 'functions',
        before: ['RAB.09.06.01'],
        after: ['RAB.09.06.01', 'RAL.02.06.01'],
        added: ['RAL.02.06.01'],
        removed: [],
      },
    ]);
    expect(history.events[2]!.changes).toEqual([]);
    for (const e of history.events) expect(new Date(e.at).toISOString()).toBe(e.at);
  });

  it('hides a draft’s history from the public and other agencies, not from reviewers', async () => {
    const { db, opA, opB, reviewer } = await setup();
    const app = await createApplication(db, opA, createInput({}));
    expect(await rejection(applicationHistory(db, PUBLIC_VIEWER, app.id))).toBeInstanceOf(NotFound);
    expect(await rejection(applicationHistory(db, viewerOf(opB), app.id))).toBeInstanceOf(NotFound);
    expect((await applicationHistory(db, viewerOf(reviewer), app.id)).events).toHaveLength(1);
    await changeStatus(db, opA, app.id, 'activate', 1);
    expect((await applicationHistory(db, PUBLIC_VIEWER, app.id)).events).toHaveLength(2);
  });
});

describe('transition', () => {
  const actions = Object.keys(TRANSITIONS) as LifecycleAction[];
  const pairs = APP_STATUSES.flatMap((status) => actions.map((action) => [status, action] as const));

  it.each(pairs)('from %s, %s follows the TRANSITIONS table', (status, action) => {
    const rule = TRANSITIONS[action];
    const result = transition(status, action);
    if ((rule.from as readonly AppStatus[]).includes(status)) {
      expect(result).toEqual({ ok: true, to: rule.to });
    } else {
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : translator('id')(result.reason)).toContain(`"${action}"`);
    }
  });

  it('matches the lifecycle of DESIGN.md', () => {
    const allowed = pairs
      .filter(([s, a]) => transition(s, a).ok)
      .map(([s, a]) => `${s} -${a}-> ${(transition(s, a) as { to: string }).to}`);
    expect(allowed.sort()).toEqual(
      [
        'draft -submit-> proposed',
        'returned -submit-> proposed',
        'proposed -approve-> approved',
        'proposed -reject-> rejected',
        'proposed -return-> returned',
        'draft -activate-> active',
        'approved -activate-> active',
        'active -retire-> retired',
        'retired -reopen-> active',
      ].sort(),
    );
  });

  it('never moves a retired or rejected application except by reopening a retired one', () => {
    for (const action of actions) {
      expect(transition('rejected', action).ok).toBe(false);
      if (action !== 'reopen') expect(transition('retired', action).ok).toBe(false);
    }
  });
});
