import { sql } from 'drizzle-orm';
import * as v from 'valibot';
import type { Db } from '../../db/client';
import type { Role } from '../../db/schema/auth';
import type { App } from '../../src/app';
import { insertUser, type SessionUser, userById } from '../../src/features/accounts/repo';
import {
  createApiToken,
  createSession,
  csrfTokenFor,
  SESSION_COOKIE,
} from '../../src/features/accounts/service';
import { createApi } from '../../src/features/registry/apis-service';
import { CreateApplicationInput } from '../../src/features/registry/schemas';
import { createApplication } from '../../src/features/registry/service';
import { nativeHasher } from '../../src/kernel/password-node';

/** The origin `app.request` URLs resolve against. */
export const ORIGIN = 'http://localhost';
export const PASSWORD = 'rahasia-uji-coba-123';

let passwordHash: Promise<string> | undefined;
/** One argon2id hash per test file: hashing is slow on purpose. */
export const testPasswordHash = () => {
  passwordHash ??= nativeHasher.hash(PASSWORD);
  return passwordHash;
};

/** A user with a session and an API token, ready to make requests as. */
export interface Actor {
  user: SessionUser;
  cookie: string;
  csrf: string;
  token: string;
  tokenId: number;
}

/** The id of an agency of the reference data by its code; throws for a code it lacks. */
export async function agencyIdOf(db: Db, code: string): Promise<number> {
  const agency = await db.get<{ id: number } | undefined>(sql`select id from agencies where code = ${code}`);
  if (!agency) throw new Error(`fixture: unknown agency ${code}`);
  return agency.id;
}

/**
 * A signed-up user as services see it (no session), with the test password. `agencyCode` names
 * an agency of the reference data; the name defaults to the e-mail's local part.
 */
export async function makeUser(
  db: Db,
  role: Role,
  agencyCode: string | null,
  email: string,
  name = email.split('@')[0] ?? email,
): Promise<SessionUser> {
  const id = await insertUser(db, {
    email,
    name,
    role,
    agencyId: agencyCode ? await agencyIdOf(db, agencyCode) : null,
    passwordHash: await testPasswordHash(),
  });
  const { active: _active, ...user } = (await userById(db, id!))!;
  return user;
}

/** A user with a session and an API token (see `makeUser`). */
export async function makeActor(
  db: Db,
  role: Role,
  agencyCode: string | null,
  email: string,
): Promise<Actor> {
  const user = await makeUser(db, role, agencyCode, email);
  const session = await createSession(db, user.id);
  const token = await createApiToken(db, user.id, 'test');
  return {
    user,
    cookie: `${SESSION_COOKIE}=${session.token}`,
    csrf: csrfTokenFor(session.token),
    token: token.token,
    tokenId: token.id,
  };
}

/** A same-origin form post as a signed-in browser would send it (cookie, Origin, CSRF field). */
export function formPost(
  app: App,
  path: string,
  form: Record<string, string | string[]>,
  actor?: Actor | null,
) {
  const body = new URLSearchParams();
  for (const [k, val] of Object.entries(form))
    for (const x of Array.isArray(val) ? val : [val]) body.append(k, x);
  if (actor) body.set('_csrf', actor.csrf);
  return app.request(path, {
    method: 'POST',
    body,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: ORIGIN,
      ...(actor ? { Cookie: actor.cookie } : {}),
    },
  });
}

/** A JSON API call with a bearer token (or anonymous). */
export function apiCall(app: App, method: string, path: string, body?: unknown, actor?: Actor | null) {
  return app.request(path, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(actor ? { Authorization: `Bearer ${actor.token}` } : {}),
    },
  });
}

/** Two agencies' worth of accounts and entries: the owner's draft, active application and API. */
export async function registryFixture(db: Db) {
  const owner = await makeActor(db, 'operator', '35.07', 'owner@malang.go.id');
  const other = await makeActor(db, 'operator', '35.08', 'other@lumajang.go.id');
  const reviewer = await makeActor(db, 'reviewer', 'KEMENPANRB', 'penilai@menpan.go.id');
  const admin = await makeActor(db, 'admin', null, 'admin@katalog.go.id');
  const draft = await createApplication(
    db,
    owner.user,
    v.parse(CreateApplicationInput, {
      name: 'Sistem Informasi Kepegawaian Malang',
      description: 'Data pokok pegawai daerah',
      functions: ['RAB.09.06.01'],
      dataEntities: [{ code: 'RAD.09.06.01', role: 'producer' }],
    }),
  );
  const active = await createApplication(
    db,
    owner.user,
    v.parse(CreateApplicationInput, {
      name: 'Aplikasi Surat Malang',
      description: 'Naskah dinas',
      status: 'active',
      functions: ['RAL.02.06.01'],
    }),
  );
  const api = await createApi(db, owner.user, active.id, {
    name: 'API Surat',
    apiVersion: '1',
    description: '',
    protocol: 'rest',
    baseUrl: 'https://surat.malangkab.go.id/api',
    documentationUrl: null,
    access: 'terbatas',
    auth: 'oauth2',
    splpPublished: false,
    contactEmail: null,
    dataEntities: [],
  });
  return { owner, other, reviewer, admin, draft, active, api };
}
export type RegistryFixture = Awaited<ReturnType<typeof registryFixture>>;
