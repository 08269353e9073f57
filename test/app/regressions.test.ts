/** Regressions found in review: each test names the hole it keeps closed. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  createProposal,
  submitProposal,
  updateProposal,
} from '../../src/features/procurement/proposals-service';
import { decide } from '../../src/features/procurement/review-service';
import { ProposalFields } from '../../src/features/procurement/schemas';
import { createApi } from '../../src/features/registry/apis-service';
import { UpdateApplicationInput } from '../../src/features/registry/schemas';
import { snapshot, updateApplication } from '../../src/features/registry/service';
import { createTestApp } from '../support/app';
import { apiCall, formPost, registryFixture } from '../support/auth';
import {
  applicationByAcronym,
  applicationCategory,
  applicationVersion,
  renameAgencyCode,
} from '../support/repo';

const KEY = 'development-only-clearance-key';
const proposal = (x: object = {}) =>
  v.parse(ProposalFields, {
    name: 'Aplikasi Pemantauan Irigasi Uji',
    description: 'Pemantauan debit saluran irigasi desa.',
    kind: 'build',
    fiscalYear: 2027,
    requestedBudget: 100_000_000,
    kakUrl: 'https://x.go.id/kak.pdf',
    costBenefitUrl: 'https://x.go.id/abm.pdf',
    ...x,
  });

describe('review findings', () => {
  it('a proposal’s draft cannot be activated around the review', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const p = await createProposal(db, fx.owner.user, proposal());
    const res = await formPost(
      app,
      `/aplikasi/${p.applicationId}/status`,
      { action: 'activate', version: '1' },
      fx.owner,
    );
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Draf ini adalah usulan');
    const api = await apiCall(
      app,
      'POST',
      `/api/v1/applications/${p.applicationId}/status`,
      { action: 'activate', version: 1 },
      fx.owner,
    );
    expect(api.status).toBe(409);
  });

  it('a clearance keeps verifying after its application is renamed and its agency recoded', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const p = await createProposal(db, fx.owner.user, proposal());
    await submitProposal(db, fx.owner.user, p.id, { version: 1, justifications: {} });
    const { clearance } = await decide(
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
      KEY,
    );
    const version = await applicationVersion(db, p.applicationId);
    await updateApplication(
      db,
      fx.owner.user,
      p.applicationId,
      v.parse(UpdateApplicationInput, { name: 'Irigasi Malang (baru)', version }),
    );
    await renameAgencyCode(db, '35.07', '35.07X');
    const res = (await (await app.request(`/api/v1/clearances/${clearance}`)).json()) as {
      valid: boolean;
      application: { name: string };
    };
    expect(res).toMatchObject({ valid: true, application: { name: 'Irigasi Malang (baru)' } });
  });

  it('saving the proposal form keeps the application fields only the registry form shows', async () => {
    const { db, fx } = await (async () => {
      const t = await createTestApp();
      return { ...t, fx: await registryFixture(t.db) };
    })();
    const p = await createProposal(db, fx.owner.user, proposal());
    await updateApplication(
      db,
      fx.owner.user,
      p.applicationId,
      v.parse(UpdateApplicationInput, {
        name: 'Aplikasi Pemantauan Irigasi Uji',
        unit: 'Bidang Sumber Daya Air',
        hosting: 'pdn',
        relations: [{ application: fx.active.id, kind: 'integrates_with' }],
        version: 1,
      }),
    );
    await updateProposal(db, fx.owner.user, p.id, {
      ...proposal({ description: 'Diperbarui.' }),
      version: 2,
    });
    const after = await snapshot(db, p.applicationId);
    expect(after).toMatchObject({
      unit: 'Bidang Sumber Daya Air',
      hosting: 'pdn',
      description: 'Diperbarui.',
      relations: [`integrates_with:${fx.active.id}`],
    });
  });

  it('the owner of a shared application edits it as shared; an API edit without category keeps it shared', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const siasn = await applicationByAcronym(db, 'SIASN');
    const { makeActor } = await import('../support/auth');
    const bkn = await makeActor(db, 'operator', 'BKN', 'operator@bkn.go.id');
    const form = await (
      await app.request(`/aplikasi/${siasn.id}/ubah`, { headers: { Cookie: bkn.cookie } })
    ).text();
    expect(form).toContain('name="category" value="umum"');
    const put = await apiCall(
      app,
      'PUT',
      `/api/v1/applications/${siasn.id}`,
      { name: 'Sistem Informasi Aparatur Sipil Negara', version: siasn.version },
      bkn,
    );
    expect(put.status).toBe(200);
    expect(await applicationCategory(db, siasn.id)).toBe('umum');
    const demote = await apiCall(
      app,
      'PUT',
      `/api/v1/applications/${siasn.id}`,
      { name: 'Sistem Informasi Aparatur Sipil Negara', category: 'khusus', version: siasn.version + 1 },
      bkn,
    );
    expect(demote.status).toBe(422);
    expect(fx.admin).toBeDefined();
  });

  it('the public history shows who by name, never their sign-in e-mail', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const pub = (await (await app.request(`/api/v1/applications/${fx.active.id}/history`)).json()) as {
      items: { actor: string }[];
    };
    expect(pub.items[0]!.actor).toBe('owner');
    const own = (await (
      await apiCall(app, 'GET', `/api/v1/applications/${fx.active.id}/history`, undefined, fx.owner)
    ).json()) as {
      items: { actor: string }[];
    };
    expect(own.items[0]!.actor).toBe('owner <owner@malang.go.id>');
  });

  it('an application under review keeps its APIs as they were', async () => {
    const { db, fx } = await (async () => {
      const t = await createTestApp();
      return { ...t, fx: await registryFixture(t.db) };
    })();
    const p = await createProposal(db, fx.owner.user, proposal());
    await submitProposal(db, fx.owner.user, p.id, { version: 1, justifications: {} });
    await expect(
      createApi(db, fx.owner.user, p.applicationId, {
        name: 'API Baru',
        apiVersion: '1',
        description: '',
        protocol: 'rest',
        baseUrl: null,
        documentationUrl: null,
        access: 'terbatas',
        auth: 'other',
        splpPublished: false,
        contactEmail: null,
        dataEntities: [],
      }),
    ).rejects.toThrow(/tidak dapat diubah sampai dikembalikan/);
  });

  it('the decision log CSV neutralises spreadsheet formulas', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const p = await createProposal(
      db,
      fx.owner.user,
      proposal({ name: '=HYPERLINK("http://evil.example","x")' }),
    );
    await submitProposal(db, fx.owner.user, p.id, { version: 1, justifications: {} });
    await decide(
      db,
      fx.reviewer.user,
      p.id,
      {
        decision: 'rejected',
        reasonCodes: ['architecture_mismatch'],
        conditions: null,
        comment: '+1 setuju',
        suggestedApplications: [],
        budgetCeiling: null,
        round: 1,
      },
      KEY,
    );
    const csv = await (await app.request('/keputusan.csv')).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain(",'+1 setuju,");
  });
});
