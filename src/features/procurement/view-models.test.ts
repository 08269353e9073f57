import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app';
import { formPost, registryFixture } from '../../../test/support/auth';
import { applicationIdByAcronym, proposalApplication, storedFinding } from '../../../test/support/repo';

const SIMPEG = {
  name: 'Sistem Informasi Kepegawaian Daerah Malang',
  description: 'Pengelolaan data pokok pegawai ASN, kenaikan pangkat, mutasi dan pensiun pegawai daerah.',
  functions: ['RAB.09.06.01'],
  de_code: 'RAD.09.06.01',
  de_role: 'master',
  kind: 'build',
  fiscalYear: '2027',
  requestedBudget: '1.500.000.000',
  justification: 'Kebutuhan pengelolaan kepegawaian daerah.',
  kakUrl: 'https://malangkab.go.id/kak-simpeg.pdf',
  costBenefitUrl: 'https://malangkab.go.id/cba-simpeg.pdf',
  action: 'save',
};

describe('procurement pages show stored scores, flags and lists as people read them', () => {
  it('queue, proposal page and decision show shares as percentages, scores as percentages, evidence and reasons', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const created = await formPost(app, '/usulan/baru', SIMPEG, fx.owner);
    const id = Number(/\/usulan\/(\d+)/.exec(created.headers.get('location') ?? '')?.[1]);
    const siasn = await applicationIdByAcronym(db, 'SIASN');
    const { version } = await proposalApplication(db, id);
    const submitted = await formPost(
      app,
      `/usulan/${id}/ajukan`,
      { version: String(version), [`justifications.${siasn}`]: 'Belum memuat data honorer daerah.' },
      fx.owner,
    );
    expect(submitted.status).toBe(303);

    // What storage holds: per mille integers, a 0/1 flag, JSON evidence.
    const stored = await storedFinding(db, id, siasn);
    expect(stored.flagged).toBe(1);
    const coverage = `${Math.round(stored.coverage / 10)}%`;

    const queue = await (await app.request('/penilaian', { headers: { Cookie: fx.reviewer.cookie } })).text();
    expect(queue).toContain(`(${Math.round(stored.top / 10)}%)`);
    expect(queue).toContain(coverage);
    expect(queue).not.toContain(`>${stored.coverage}<`);

    const page = await (
      await app.request(`/usulan/${id}`, { headers: { Cookie: fx.reviewer.cookie } })
    ).text();
    expect(page).toContain(`<dd>${coverage}</dd>`);
    expect(page).toContain(`kemiripan ${Math.round(stored.score / 10)}%`);
    expect(page).not.toContain((stored.score / 1000).toFixed(2));
    expect(page).toMatch(/<li class="flagged">[\s\S]*SIASN/);
    expect(page).not.toContain('"functions":');

    const decided = await formPost(
      app,
      `/penilaian/${id}/putuskan`,
      {
        round: '1',
        decision: 'rejected',
        reasonCodes: 'duplicates_shared_app',
        suggestedApplications: String(siasn),
        comment: 'Gunakan SIASN.',
      },
      fx.reviewer,
    );
    expect(decided.status).toBe(303);
    const after = await (await app.request(`/usulan/${id}`, { headers: { Cookie: fx.owner.cookie } })).text();
    expect(after).toContain('Duplikasi aplikasi umum');
    expect(after).not.toContain('duplicates_shared_app');
    expect(after).not.toContain('["duplicates_shared_app"]');
  });
});
