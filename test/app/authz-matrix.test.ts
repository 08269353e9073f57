/**
 * The authorization matrix: every mutating route and API endpoint × (anonymous, operator of the
 * owner, operator of another agency, reviewer, admin) → allowed or denied. The list of routes
 * comes from the app's own route table, so a new unsafe route without a row here fails the
 * first test. Every cell runs against a fresh database.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import type { App } from '../../src/app';
import { createTestApp } from '../support/app';
import {
  type Actor,
  apiCall,
  formPost,
  PASSWORD,
  type RegistryFixture,
  registryFixture,
} from '../support/auth';
import { applicationVersion } from '../support/repo';

type Who = 'anonymous' | 'owner' | 'other' | 'reviewer' | 'admin';
const WHO: Who[] = ['anonymous', 'owner', 'other', 'reviewer', 'admin'];
type Outcome = 'allow' | 'deny';

interface Case {
  /** Sends the request as `actor` (null = anonymous). */
  send: (
    app: App,
    fx: RegistryFixture,
    actor: Actor | null,
    who: Who,
    db: Db,
  ) => Response | Promise<Response>;
  expect: Record<Who, Outcome>;
}

const all = (o: Outcome): Record<Who, Outcome> => ({
  anonymous: o,
  owner: o,
  other: o,
  reviewer: o,
  admin: o,
});
const signedIn: Record<Who, Outcome> = { ...all('allow'), anonymous: 'deny' };
const operatorsAndAdmin: Record<Who, Outcome> = {
  anonymous: 'deny',
  owner: 'allow',
  other: 'allow',
  reviewer: 'deny',
  admin: 'allow',
};
const ownerAndAdmin: Record<Who, Outcome> = {
  anonymous: 'deny',
  owner: 'allow',
  other: 'deny',
  reviewer: 'deny',
  admin: 'allow',
};
const adminOnly: Record<Who, Outcome> = {
  anonymous: 'deny',
  owner: 'deny',
  other: 'deny',
  reviewer: 'deny',
  admin: 'allow',
};

/** A draft proposal of the owner's agency, made through the services. */
async function draftProposal(db: Db, fx: RegistryFixture) {
  const { createProposal } = await import('../../src/features/procurement/proposals-service');
  const { ProposalFields } = await import('../../src/features/procurement/schemas');
  const v = await import('valibot');
  return createProposal(
    db,
    fx.owner.user,
    v.parse(ProposalFields, {
      ...proposalFields,
      fiscalYear: 2027,
      requestedBudget: 500_000_000,
      kakUrl: 'https://malangkab.go.id/kak.pdf',
      costBenefitUrl: 'https://malangkab.go.id/abm.pdf',
    }),
  );
}

/** A proposal of the owner's agency waiting for review. */
async function submittedProposal(db: Db, fx: RegistryFixture) {
  const { submitProposal } = await import('../../src/features/procurement/proposals-service');
  const p = await draftProposal(db, fx);
  const version = await applicationVersion(db, p.applicationId);
  await submitProposal(db, fx.owner.user, p.id, { version, justifications: {} });
  return p;
}

/** An approved proposal's clearance number. */
async function clearance(db: Db, fx: RegistryFixture) {
  const { decide } = await import('../../src/features/procurement/review-service');
  const p = await submittedProposal(db, fx);
  const r = await decide(
    db,
    fx.reviewer.user,
    p.id,
    {
      decision: 'approved',
      reasonCodes: [],
      conditions: null,
      comment: '',
      suggestedApplications: [],
      budgetCeiling: null,
      round: 1,
    },
    'development-only-clearance-key',
  );
  return r.clearance!;
}

const proposalFields = {
  name: 'Aplikasi Pemantauan Irigasi Uji',
  description: 'Pemantauan debit saluran irigasi desa.',
  kind: 'build',
};
const proposalForm = { ...proposalFields, fiscalYear: '2027', requestedBudget: '500000000', action: 'save' };
const operatorsOnly: Record<Who, Outcome> = {
  anonymous: 'deny',
  owner: 'allow',
  other: 'allow',
  reviewer: 'deny',
  admin: 'deny',
};
const ownerOnly: Record<Who, Outcome> = {
  anonymous: 'deny',
  owner: 'allow',
  other: 'deny',
  reviewer: 'deny',
  admin: 'deny',
};
const reviewerOnly: Record<Who, Outcome> = {
  anonymous: 'deny',
  owner: 'deny',
  other: 'deny',
  reviewer: 'allow',
  admin: 'deny',
};

const newApp = (who: Who) => ({
  name: `Aplikasi Baru ${who}`,
  description: 'Uji matriks otorisasi',
  ...(who === 'admin' ? { agency: '35.07' } : {}),
});
const appForm = {
  name: 'Sistem Informasi Kepegawaian Malang',
  description: 'Diubah',
  functions: 'RAB.09.06.01',
  version: '1',
};
const apiForm = {
  name: 'API Surat Baru',
  apiVersion: '2',
  protocol: 'rest',
  access: 'terbatas',
  auth: 'oauth2',
};

const CASES: Record<string, Case> = {
  'POST /login': {
    send: (app) => formPost(app, '/login', { email: 'owner@malang.go.id', password: 'rahasia-uji-coba-123' }),
    expect: all('allow'),
  },
  'POST /logout': { send: (app, _fx, a) => formPost(app, '/logout', {}, a), expect: all('allow') },
  'POST /aplikasi/baru': {
    send: (app, _fx, a, who) => formPost(app, '/aplikasi/baru', newApp(who), a),
    expect: operatorsAndAdmin,
  },
  'POST /aplikasi/:id/ubah': {
    send: (app, fx, a) => formPost(app, `/aplikasi/${fx.draft.id}/ubah`, appForm, a),
    expect: ownerAndAdmin,
  },
  'POST /aplikasi/:id/status': {
    send: (app, fx, a) =>
      formPost(app, `/aplikasi/${fx.draft.id}/status`, { action: 'activate', version: '1' }, a),
    expect: ownerAndAdmin,
  },
  'POST /aplikasi/:id/hapus': {
    send: (app, fx, a) => formPost(app, `/aplikasi/${fx.draft.id}/hapus`, { version: '1' }, a),
    expect: ownerAndAdmin,
  },
  'POST /aplikasi/:id/api/baru': {
    send: (app, fx, a) => formPost(app, `/aplikasi/${fx.active.id}/api/baru`, apiForm, a),
    expect: ownerAndAdmin,
  },
  'POST /katalog-api/:id/ubah': {
    send: (app, fx, a) => formPost(app, `/katalog-api/${fx.api.id}/ubah`, { ...apiForm, version: '1' }, a),
    expect: ownerAndAdmin,
  },
  'POST /katalog-api/:id/hapus': {
    send: (app, fx, a) => formPost(app, `/katalog-api/${fx.api.id}/hapus`, { version: '1' }, a),
    expect: ownerAndAdmin,
  },
  'POST /akun/token': {
    send: (app, _fx, a) => formPost(app, '/akun/token', { name: 'skrip' }, a),
    expect: signedIn,
  },
  'POST /akun/jabatan': {
    // Each person sets their own position; anonymous is sent to sign in.
    send: (app, _fx, a) => formPost(app, '/akun/jabatan', { position: 'Analis Kebijakan Ahli Muda' }, a),
    expect: signedIn,
  },
  'POST /akun/sandi': {
    // Each person changes their own password (to the same new one: the matrix checks access).
    send: (app, _fx, a) =>
      formPost(
        app,
        '/akun/sandi',
        { current: PASSWORD, password: 'kata-sandi-baru-matriks', confirm: 'kata-sandi-baru-matriks' },
        a,
      ),
    expect: signedIn,
  },
  'POST /akun/token/:id/cabut': {
    // Each person revokes their own token; anonymous names the owner's.
    send: (app, fx, a) => formPost(app, `/akun/token/${(a ?? fx.owner).tokenId}/cabut`, {}, a),
    expect: signedIn,
  },
  'POST /admin/pengguna': {
    send: (app, _fx, a) =>
      formPost(
        app,
        '/admin/pengguna',
        {
          email: 'baru@malang.go.id',
          name: 'Baru',
          role: 'operator',
          agency: '35.07',
          password: 'kata-sandi-panjang-1',
        },
        a,
      ),
    expect: adminOnly,
  },
  'POST /admin/pengguna/:id': {
    send: (app, fx, a) =>
      formPost(
        app,
        `/admin/pengguna/${fx.other.user.id}`,
        { name: 'Diubah', role: 'operator', agency: '35.08', active: 'true' },
        a,
      ),
    expect: adminOnly,
  },
  'POST /admin/instansi/baru': {
    send: (app, _fx, a) =>
      formPost(app, '/admin/instansi/baru', { code: 'BADANUJI', name: 'Badan Uji Coba', kind: 'lembaga' }, a),
    expect: adminOnly,
  },
  'POST /admin/instansi/:code/ubah': {
    send: (app, _fx, a) =>
      formPost(
        app,
        '/admin/instansi/35.08/ubah',
        { code: '35.08', name: 'Kabupaten Lumajang', kind: 'kabupaten' },
        a,
      ),
    expect: adminOnly,
  },
  'POST /admin/fungsi/:code': {
    send: async (app, fx, a, _who, db) => {
      const { proposeFunction } = await import('../../src/features/admin/service');
      const code = await proposeFunction(db, fx.owner.user, {
        parent: 'RAB.09.06',
        title: 'Fungsi usulan uji',
        titleEn: '',
        description: '',
      });
      return formPost(app, `/admin/fungsi/${code}`, { action: 'accept' }, a);
    },
    expect: adminOnly,
  },
  'POST /fungsi/usul': {
    send: (app, _fx, a) =>
      formPost(app, '/fungsi/usul', { parent: 'RAB.09.06', title: 'Fungsi baru uji' }, a),
    expect: operatorsAndAdmin,
  },
  'POST /usulan/baru': {
    send: (app, _fx, a) => formPost(app, '/usulan/baru', proposalForm, a),
    expect: operatorsOnly,
  },
  'POST /usulan/:id/ubah': {
    send: async (app, fx, a, _who, db) => {
      const p = await draftProposal(db, fx);
      return formPost(app, `/usulan/${p.id}/ubah`, { ...proposalForm, version: '1' }, a);
    },
    expect: ownerAndAdmin,
  },
  'POST /usulan/:id/ajukan': {
    send: async (app, fx, a, _who, db) => {
      const p = await draftProposal(db, fx);
      return formPost(app, `/usulan/${p.id}/ajukan`, { version: '1' }, a);
    },
    expect: ownerOnly,
  },
  'POST /penilaian/:id/putuskan': {
    send: async (app, fx, a, _who, db) => {
      const p = await submittedProposal(db, fx);
      return formPost(app, `/penilaian/${p.id}/putuskan`, { round: '1', decision: 'approved' }, a);
    },
    expect: reviewerOnly,
  },
  'POST /rekomendasi/:number/cabut': {
    send: async (app, fx, a, _who, db) =>
      formPost(
        app,
        `/rekomendasi/${await clearance(db, fx)}/cabut`,
        { reason: 'Anggaran dibatalkan', confirm: 'yes' },
        a,
      ),
    expect: adminOnly,
  },
  'POST /kotak-masuk/baca': {
    send: (app, _fx, a) => formPost(app, '/kotak-masuk/baca', {}, a),
    expect: signedIn,
  },
  'POST /kotak-masuk/:id/baca': {
    send: (app, _fx, a) => formPost(app, '/kotak-masuk/1/baca', {}, a),
    expect: signedIn,
  },
  'POST /admin/libur': {
    send: (app, _fx, a) =>
      formPost(app, '/admin/libur', { date: '2027-03-20', name: 'Hari Raya Idul Fitri' }, a),
    expect: adminOnly,
  },
  'POST /admin/libur/:date/hapus': {
    send: (app, _fx, a) => formPost(app, '/admin/libur/2027-08-17/hapus', {}, a),
    expect: adminOnly,
  },
  'POST /api/v1/overlap': {
    send: (app, _fx, a) =>
      apiCall(app, 'POST', '/api/v1/overlap', { name: 'Aplikasi surat', description: 'naskah dinas' }, a),
    expect: all('allow'),
  },
  'POST /api/v1/applications': {
    send: (app, _fx, a, who) => apiCall(app, 'POST', '/api/v1/applications', newApp(who), a),
    expect: operatorsAndAdmin,
  },
  'PUT /api/v1/applications/:id': {
    send: (app, fx, a) =>
      apiCall(
        app,
        'PUT',
        `/api/v1/applications/${fx.draft.id}`,
        { name: 'Sistem Informasi Kepegawaian Malang', version: 1 },
        a,
      ),
    expect: ownerAndAdmin,
  },
  'DELETE /api/v1/applications/:id': {
    send: (app, fx, a) =>
      apiCall(app, 'DELETE', `/api/v1/applications/${fx.draft.id}?version=1`, undefined, a),
    expect: ownerAndAdmin,
  },
  'POST /api/v1/applications/:id/status': {
    send: (app, fx, a) =>
      apiCall(
        app,
        'POST',
        `/api/v1/applications/${fx.active.id}/status`,
        { action: 'retire', version: 1 },
        a,
      ),
    expect: ownerAndAdmin,
  },
  'POST /api/v1/applications/:id/apis': {
    send: (app, fx, a) =>
      apiCall(app, 'POST', `/api/v1/applications/${fx.active.id}/apis`, { name: 'API Baru' }, a),
    expect: ownerAndAdmin,
  },
  'PUT /api/v1/apis/:id': {
    send: (app, fx, a) =>
      apiCall(app, 'PUT', `/api/v1/apis/${fx.api.id}`, { name: 'API Surat', version: 1 }, a),
    expect: ownerAndAdmin,
  },
  'DELETE /api/v1/apis/:id': {
    send: (app, fx, a) => apiCall(app, 'DELETE', `/api/v1/apis/${fx.api.id}?version=1`, undefined, a),
    expect: ownerAndAdmin,
  },
  'POST /api/v1/functions/proposals': {
    send: (app, _fx, a) =>
      apiCall(
        app,
        'POST',
        '/api/v1/functions/proposals',
        { parent: 'RAB.09.06', title: 'Fungsi API uji' },
        a,
      ),
    expect: operatorsAndAdmin,
  },
  // Importing into the owner's agency: its operator and an admin may, nobody else.
  'POST /impor': {
    send: (app, _fx, a) =>
      formPost(
        app,
        '/impor',
        { agency: '35.07', mode: 'apply', fileName: 'aplikasi.csv', content: IMPORT_CSV },
        a,
      ),
    expect: ownerAndAdmin,
  },
  'POST /api/v1/imports': {
    send: (app, _fx, a) =>
      app.request('/api/v1/imports?agency=35.07&dryRun=false', {
        method: 'POST',
        body: IMPORT_CSV,
        headers: { 'Content-Type': 'text/csv', ...(a ? { Authorization: `Bearer ${a.token}` } : {}) },
      }),
    expect: ownerAndAdmin,
  },
};

const IMPORT_CSV = 'name,description\r\nAplikasi Irigasi Malang Impor,Pemantauan saluran irigasi\r\n';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function unsafeRoutes(): Promise<string[]> {
  const { app } = await createTestApp({ data: 'empty' });
  return [
    ...new Set(app.routes.filter((r) => UNSAFE.has(r.method)).map((r) => `${r.method} ${r.path}`)),
  ].sort();
}

/** Denied means the request did not happen: 401, 403, or 404 (a denied read looks like not found). */
const isDenied = (status: number) => status === 401 || status === 403 || status === 404;

describe('authorization matrix', () => {
  it('has a row for every unsafe route in the route table, and no row for a route that is gone', async () => {
    const routes = await unsafeRoutes();
    expect(
      routes.filter((r) => !(r in CASES)),
      'routes without a row in CASES',
    ).toEqual([]);
    expect(
      Object.keys(CASES).filter((k) => !routes.includes(k)),
      'rows for routes that no longer exist',
    ).toEqual([]);
  });

  for (const [route, c] of Object.entries(CASES)) {
    it(`${route}: ${WHO.map((w) => `${w} ${c.expect[w]}`).join(', ')}`, async () => {
      const results: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const who of WHO) {
        const { app, db } = await createTestApp();
        const fx = await registryFixture(db);
        const actor = who === 'anonymous' ? null : fx[who];
        const res = await c.send(app, fx, actor, who, db);
        const outcome: Outcome = isDenied(res.status) ? 'deny' : 'allow';
        results[who] = `${outcome} (${res.status})`;
        expected[who] = `${c.expect[who]} (${res.status})`;
        // An allowed request must also have succeeded: the bodies above are valid for it.
        if (c.expect[who] === 'allow')
          expect(res.status, `${route} as ${who}: ${await res.clone().text()}`).toBeLessThan(400);
      }
      expect(results).toEqual(expected);
    });
  }
});
