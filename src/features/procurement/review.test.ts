import { describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client';
import { createTestApp, getPage } from '../../../test/support/app';
import { type Actor, apiCall, formPost, makeActor, registryFixture } from '../../../test/support/auth';
import {
  applicationIdByAcronym,
  clearanceNumberOf,
  notificationCount,
  proposalApplication,
  proposalIds,
  reviewsOf,
  setProposalDue,
  tamperClearanceCeiling,
  userName,
} from '../../../test/support/repo';
import type { App } from '../../app';

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

const siasnId = (db: Db) => applicationIdByAcronym(db, 'SIASN');

async function propose(app: App, actor: Actor, fields: Record<string, string | string[]> = SIMPEG) {
  const res = await formPost(app, '/usulan/baru', fields, actor);
  expect(res.status, await res.clone().text()).toBe(303);
  return Number(/\/usulan\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1]);
}

async function versionOf(db: Db, proposalId: number) {
  return (await proposalApplication(db, proposalId)).version;
}

async function submit(app: App, db: Db, actor: Actor, id: number, justifications: Record<string, string>) {
  const form: Record<string, string> = { version: String(await versionOf(db, id)) };
  for (const [k, v] of Object.entries(justifications)) form[`justifications.${k}`] = v;
  return formPost(app, `/usulan/${id}/ajukan`, form, actor);
}

async function decide(
  app: App,
  actor: Actor,
  id: number,
  round: number,
  fields: Record<string, string | string[]>,
) {
  return formPost(app, `/penilaian/${id}/putuskan`, { round: String(round), ...fields }, actor);
}

describe('a proposal from writing to decision', () => {
  it('shows its owner only the actions the permission table allows, on the application and proposal pages', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const id = await propose(app, fx.owner);
    const { applicationId } = await proposalApplication(db, id);
    const page = (path: string, actor: Actor) => getPage(app, path, 200, { Cookie: actor.cookie });
    // A plain draft may be published; a proposal's draft goes live only through review.
    expect(await page(`/aplikasi/${fx.draft.id}`, fx.owner)).toContain('Terbitkan sebagai aktif');
    const draft = await page(`/aplikasi/${applicationId}`, fx.owner);
    expect(draft).not.toContain('Terbitkan sebagai aktif');
    expect(draft).toContain('Hapus draf');
    expect(draft).toContain('Tambah API');
    expect(await page(`/usulan/${id}`, fx.owner)).toContain('Ubah usulan');
    expect(await page(`/usulan/${id}`, fx.admin)).toContain('Ubah usulan');
    expect(await page(`/usulan/${id}`, fx.reviewer)).not.toContain('Ubah usulan');

    expect((await submit(app, db, fx.owner, id, { [await siasnId(db)]: 'alasan' })).status).toBe(303);
    // Under review nothing changes: no edit, no API to add, nothing to delete; the history stays.
    const proposed = await page(`/aplikasi/${applicationId}`, fx.owner);
    expect(proposed).toContain(`/aplikasi/${applicationId}/riwayat`);
    expect(proposed).not.toContain(`/aplikasi/${applicationId}/ubah`);
    expect(proposed).not.toContain('Tambah API');
    expect(proposed).not.toContain('Hapus draf');
    expect(await page(`/usulan/${id}`, fx.owner)).not.toContain('Ubah usulan');
    expect(await page(`/usulan/${id}`, fx.reviewer)).toContain(`/penilaian/${id}/putuskan`);
  });

  it('shows the overlap while writing, requires a reason per flagged duplicate, and queues it for review', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const siasn = await siasnId(db);
    const panel = await app.request(
      `/usulan/panel?name=${encodeURIComponent(SIMPEG.name)}&description=${encodeURIComponent(SIMPEG.description)}&functions=RAB.09.06.01`,
      { headers: { Cookie: fx.owner.cookie, 'HX-Request': 'true' } },
    );
    expect(await panel.text()).toContain('SIASN');

    const id = await propose(app, fx.owner);
    const page = await (await app.request(`/usulan/${id}`, { headers: { Cookie: fx.owner.cookie } })).text();
    expect(page).toContain('Ajukan ke KemenPANRB');
    expect(page).toContain(`name="justifications.${siasn}"`);

    const missing = await submit(app, db, fx.owner, id, {});
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain(
      'Alasan tidak memakai SIASN (Badan Kepegawaian Negara) wajib diisi',
    );

    const ok = await submit(app, db, fx.owner, id, {
      [siasn]: 'SIASN belum memuat data honorer daerah kami.',
    });
    expect(ok.status).toBe(303);
    const queue = await (await app.request('/penilaian', { headers: { Cookie: fx.reviewer.cookie } })).text();
    expect(queue).toContain(SIMPEG.name);
    expect(queue).toContain('SIASN');
    const inbox = await (
      await app.request('/kotak-masuk', { headers: { Cookie: fx.reviewer.cookie } })
    ).text();
    expect(inbox).toContain(`Usulan baru: ${SIMPEG.name}`);
    // Frozen while under review.
    const edit = await formPost(
      app,
      `/usulan/${id}/ubah`,
      { ...SIMPEG, version: String(await versionOf(db, id)) },
      fx.owner,
    );
    expect(edit.status).toBe(409);
  });

  it('without JavaScript, "Periksa tumpang tindih" shows the same panel and saves nothing', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const res = await formPost(app, '/usulan/baru', { ...SIMPEG, action: 'check' }, fx.owner);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('id="overlap-panel"');
    expect(html).toMatch(/id="overlap-panel"[\s\S]*SIASN/);
    expect(html).toContain(`value="${SIMPEG.name}"`);
    expect(await proposalIds(db)).toHaveLength(0);
  });

  it('refuses to submit without the KAK and the cost-benefit analysis', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const id = await propose(app, fx.owner, { ...SIMPEG, kakUrl: '', costBenefitUrl: '' });
    const res = await submit(app, db, fx.owner, id, { [await siasnId(db)]: 'alasan' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('KAK (kerangka acuan kerja) wajib dilampirkan');
    expect(html).toContain('analisis biaya-manfaat wajib dilampirkan');
  });

  it('a reviewer rejects it suggesting SIASN; the operator sees the decision; a second decision is a conflict', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const siasn = await siasnId(db);
    const id = await propose(app, fx.owner);
    expect((await submit(app, db, fx.owner, id, { [siasn]: 'alasan' })).status).toBe(303);

    const sameAgency = await makeActor(db, 'reviewer', '35.07', 'penilai@malangkab.go.id');
    const own = await decide(app, sameAgency, id, 1, { decision: 'approved' });
    expect(own.status).toBe(403);
    expect(await own.text()).toContain('Penilai dari instansi pengusul tidak boleh memutuskan');

    const noReason = await decide(app, fx.reviewer, id, 1, { decision: 'rejected' });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('pilih minimal satu alasan');

    const rejected = await decide(app, fx.reviewer, id, 1, {
      decision: 'rejected',
      reasonCodes: 'duplicates_shared_app',
      suggestedApplications: String(siasn),
      comment: 'Gunakan SIASN (BKN) dan integrasikan melalui SPLP.',
    });
    expect(rejected.status).toBe(303);
    const again = await decide(app, fx.reviewer, id, 1, { decision: 'approved' });
    expect(again.status).toBe(409);

    const seen = await (await app.request(`/usulan/${id}`, { headers: { Cookie: fx.owner.cookie } })).text();
    expect(seen).toContain('Ditolak');
    // Reasons by their label, never their code.
    expect(seen).toContain('Duplikasi aplikasi umum');
    expect(seen).not.toContain('duplicates_shared_app');
    expect(seen).toMatch(/Disarankan memakai:.*SIASN/s);
    const inbox = await (await app.request('/kotak-masuk', { headers: { Cookie: fx.owner.cookie } })).text();
    expect(inbox).toContain(`Ditolak: ${SIMPEG.name}`);
    expect(inbox).not.toContain('Rejected');

    const log = (await (await app.request('/api/v1/decisions')).json()) as {
      items: {
        decision: string;
        reasonCodes: string[];
        suggestedAlternatives: { acronym: string }[];
        agency: { code: string };
      }[];
    };
    expect(log.items[0]).toMatchObject({
      decision: 'rejected',
      reasonCodes: ['duplicates_shared_app'],
      agency: { code: '35.07' },
    });
    expect(log.items[0]!.suggestedAlternatives.map((s) => s.acronym)).toEqual(['SIASN']);
    const csv = await (await app.request('/keputusan.csv?decision=rejected')).text();
    expect(csv.split('\r\n')[1]).toContain('duplicates_shared_app');
  });

  it('decides once even under two simultaneous clicks', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const id = await propose(app, fx.owner);
    await submit(app, db, fx.owner, id, { [await siasnId(db)]: 'alasan' });
    const second = await makeActor(db, 'reviewer', 'KEMENPANRB', 'penilai2@menpan.go.id');
    const [a, b] = await Promise.all([
      decide(app, fx.reviewer, id, 1, { decision: 'approved' }),
      decide(app, second, id, 1, { decision: 'rejected', reasonCodes: 'duplicates_shared_app' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([303, 409]);
    const reviews = await reviewsOf(db, id);
    expect(reviews).toHaveLength(1);
  });

  it('a returned proposal is edited and resubmitted; every round stays in its history', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const siasn = await siasnId(db);
    const id = await propose(app, fx.owner);
    await submit(app, db, fx.owner, id, { [siasn]: 'alasan pertama' });
    expect(
      (
        await decide(app, fx.reviewer, id, 1, {
          decision: 'returned',
          reasonCodes: 'missing_cost_benefit',
          comment: 'Lengkapi ABM.',
        })
      ).status,
    ).toBe(303);
    const edited = await formPost(
      app,
      `/usulan/${id}/ubah`,
      {
        ...SIMPEG,
        justification: 'Diperbarui dengan analisis biaya-manfaat.',
        version: String(await versionOf(db, id)),
      },
      fx.owner,
    );
    expect(edited.status).toBe(303);
    expect((await submit(app, db, fx.owner, id, { [siasn]: 'alasan kedua' })).status).toBe(303);
    const page = await (
      await app.request(`/penilaian/${id}`, { headers: { Cookie: fx.reviewer.cookie } })
    ).text();
    expect(page).toContain('Putaran 1');
    expect(page).toContain('Dikembalikan');
    expect(page).toContain('alasan kedua');
    expect(page).toContain('Tumpang tindih putaran 1');
    expect(page).toContain('alasan pertama');
    expect(page).toContain('Simpan keputusan');
    const stale = await decide(app, fx.reviewer, id, 1, { decision: 'approved' });
    expect(stale.status).toBe(409);
  });
});

describe('clearances', () => {
  async function approved(app: App, db: Db, fx: Awaited<ReturnType<typeof registryFixture>>) {
    const id = await propose(app, fx.owner, {
      ...SIMPEG,
      name: 'Aplikasi Pemantauan Irigasi Malang',
      description: 'Pemantauan debit dan kondisi saluran irigasi desa.',
      functions: [],
      de_code: '',
    });
    expect((await submit(app, db, fx.owner, id, {})).status).toBe(303);
    const res = await decide(app, fx.reviewer, id, 1, {
      decision: 'approved_with_conditions',
      conditions: 'Data dibagikan melalui SPLP.',
      reasonCodes: 'integrate_via_splp',
      budgetCeiling: '1.200.000.000',
    });
    expect(res.status).toBe(303);
    return clearanceNumberOf(db, id);
  }

  it('an approval issues a numbered clearance that verifies on the public page and the API', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const number = await approved(app, db, fx);
    expect(number).toMatch(/^REK-2027-00001-[0-9A-F]{4}$/);
    const page = await (await app.request(`/rekomendasi/${number}`)).text();
    expect(page).toContain('SAH');
    expect(page).toContain('Rp 1.200.000.000');
    const api = (await (await app.request(`/api/v1/clearances/${number}`)).json()) as Record<string, unknown>;
    expect(api).toMatchObject({
      number,
      valid: true,
      revoked: false,
      fiscalYear: 2027,
      budgetCeiling: 1_200_000_000,
    });
    expect(Object.keys(api).sort()).toEqual([
      'agency',
      'application',
      'budgetCeiling',
      'fiscalYear',
      'issuedAt',
      'number',
      'revoked',
      'valid',
    ]);
    const letter = await (await app.request(`/rekomendasi/${number}/surat`)).text();
    expect(letter).toContain('<svg');
    expect(letter).toContain(`/rekomendasi/${number}`);
  });

  it('the letter is signed with the reviewer’s name and the position they gave at /akun', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    // The reviewer states their position on their account page.
    const akun = await (await app.request('/akun', { headers: { Cookie: fx.reviewer.cookie } })).text();
    expect(akun).toContain('name="position"');
    const set = await formPost(
      app,
      '/akun/jabatan',
      { position: 'Asisten Deputi Transformasi Digital Pemerintahan' },
      fx.reviewer,
    );
    expect(set.status).toBe(303);
    expect(set.headers.get('location')).toBe('/akun?jabatan=1#position');
    const saved = await (
      await app.request('/akun?jabatan=1', { headers: { Cookie: fx.reviewer.cookie } })
    ).text();
    expect(saved).toContain('Jabatan disimpan.');
    expect(saved).toContain('value="Asisten Deputi Transformasi Digital Pemerintahan"');
    const tooLong = await formPost(app, '/akun/jabatan', { position: 'x'.repeat(201) }, fx.reviewer);
    expect(tooLong.status).toBe(422);
    expect(await tooLong.text()).toContain('<strong>Jabatan: </strong>');

    const number = await approved(app, db, fx);
    const letter = await (await app.request(`/rekomendasi/${number}/surat`)).text();
    expect(letter).toContain('<p class="sign-position">Asisten Deputi Transformasi Digital Pemerintahan</p>');
    expect(letter).not.toContain('Penilai, Tim Koordinasi SPBE Nasional');
    const reviewerName = await userName(db, fx.reviewer.user.id);
    expect(letter).toContain(`<p class="sign-name">${reviewerName}</p>`);

    // An admin can set it too, on the user's edit page.
    const edit = await (
      await app.request(`/admin/pengguna/${fx.reviewer.user.id}`, { headers: { Cookie: fx.admin.cookie } })
    ).text();
    expect(edit).toContain('value="Asisten Deputi Transformasi Digital Pemerintahan"');
    const byAdmin = await formPost(
      app,
      `/admin/pengguna/${fx.reviewer.user.id}`,
      {
        name: reviewerName,
        position: 'Deputi Bidang Kelembagaan dan Tata Laksana',
        role: 'reviewer',
        agency: 'KEMENPANRB',
        active: 'true',
      },
      fx.admin,
    );
    expect(byAdmin.status, await byAdmin.clone().text()).toBe(200);
    const again = await (await app.request(`/rekomendasi/${number}/surat`)).text();
    expect(again).toContain('<p class="sign-position">Deputi Bidang Kelembagaan dan Tata Laksana</p>');
  });

  it('an unknown or mistyped number is not found; altered content no longer verifies', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const number = await approved(app, db, fx);
    const tampered = number.replace('00001', '00002');
    expect((await app.request(`/rekomendasi/${tampered}`)).status).toBe(404);
    const problem = await app.request(`/api/v1/clearances/${tampered}`);
    expect(problem.status).toBe(404);
    expect(problem.headers.get('content-type')).toContain('application/problem+json');
    await tamperClearanceCeiling(db, number, 9_000_000_000);
    expect(
      ((await (await app.request(`/api/v1/clearances/${number}`)).json()) as { valid: boolean }).valid,
    ).toBe(false);
    expect(await (await app.request(`/rekomendasi/${number}`)).text()).toContain('TIDAK SAH');
  });

  it('an admin revokes a clearance with a reason; it then shows as revoked and invalid', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const number = await approved(app, db, fx);
    expect(
      (await formPost(app, `/rekomendasi/${number}/cabut`, { reason: 'Anggaran dibatalkan' }, fx.reviewer))
        .status,
    ).toBe(403);
    const short = await formPost(
      app,
      `/rekomendasi/${number}/cabut`,
      { reason: 'x', confirm: 'yes' },
      fx.admin,
    );
    expect(short.status).toBe(422);
    // Revoking cannot be undone: without the "I understand" box it is refused, next to the box.
    const unconfirmed = await formPost(
      app,
      `/rekomendasi/${number}/cabut`,
      { reason: 'Anggaran dibatalkan' },
      fx.admin,
    );
    expect(unconfirmed.status).toBe(422);
    const unconfirmedPage = await unconfirmed.text();
    expect(unconfirmedPage).toContain('centang kotak ini untuk menegaskan');
    expect(unconfirmedPage).toContain('Anggaran dibatalkan</textarea>');
    expect(
      (
        await formPost(
          app,
          `/rekomendasi/${number}/cabut`,
          { reason: 'Anggaran dibatalkan', confirm: 'yes' },
          fx.admin,
        )
      ).status,
    ).toBe(303);
    const api = (await (await app.request(`/api/v1/clearances/${number}`)).json()) as {
      valid: boolean;
      revoked: boolean;
    };
    expect(api).toMatchObject({ valid: false, revoked: true });
    expect(await (await app.request(`/rekomendasi/${number}`)).text()).toContain('DICABUT');
  });
});

describe('the public decision log API', () => {
  it('answers bad filters with problem+json naming the field', async () => {
    const { app } = await createTestApp();
    const res = await apiCall(app, 'GET', '/api/v1/decisions?decision=maybe&year=20x');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { field: string }[] };
    expect(body.errors.map((e) => e.field).sort()).toEqual(['decision', 'year']);
  });
});

describe('reading the queue and the inbox', () => {
  it('shows a reviewer what is due soon without writing anything (GET never writes)', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const siasn = await siasnId(db);
    const id = await propose(app, fx.owner);
    expect((await submit(app, db, fx.owner, id, { [siasn]: 'alasan' })).status).toBe(303);
    // The deadline is close: within three working days.
    await setProposalDue(db, id, Date.now() + 3600_000);
    const count = () => notificationCount(db);
    const before = await count();

    const queue = await app.request('/penilaian', { headers: { Cookie: fx.reviewer.cookie } });
    expect(queue.status).toBe(200);
    const inbox = await (
      await app.request('/kotak-masuk', { headers: { Cookie: fx.reviewer.cookie } })
    ).text();
    expect(inbox).toContain(`Tenggat penilaian segera: ${SIMPEG.name}`);
    expect(inbox).toContain(`href="/penilaian/${id}"`);
    expect(await count()).toBe(before);

    // Once decided, it is no longer due.
    await decide(app, fx.reviewer, id, 1, { decision: 'approved', comment: 'Setuju.' });
    const after = await (
      await app.request('/kotak-masuk', { headers: { Cookie: fx.reviewer.cookie } })
    ).text();
    expect(after).not.toContain('Tenggat penilaian segera');
  });
});

describe('the review page reads like a decision, not a database', () => {
  it('lists alternatives as "name — agency", labels reasons, formats rupiah and reads "2,5 M"', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    const siasn = await siasnId(db);
    const id = await propose(app, fx.owner);
    // A draft has had no round yet: no "putaran 0".
    const draft = await (await app.request(`/usulan/${id}`, { headers: { Cookie: fx.owner.cookie } })).text();
    expect(draft).not.toContain('putaran 0');
    expect((await submit(app, db, fx.owner, id, { [siasn]: 'alasan' })).status).toBe(303);

    const page = await (
      await app.request(`/penilaian/${id}`, { headers: { Cookie: fx.reviewer.cookie } })
    ).text();
    expect(page).toContain('class="review-aside"');
    expect(page).toMatch(/value="\d+"\/> SIASN — Badan Kepegawaian Negara/);
    expect(page).toContain('Duplikasi aplikasi umum');
    expect(page).not.toContain('duplicates_shared_app</');
    expect(page).not.toContain('<code>duplicates');
    expect(page).toContain('value="1.500.000.000"');
    expect(page).toContain('<option value="SRIKANDI — Arsip Nasional Republik Indonesia"');

    // An unknown "other application" is refused next to the field; nothing is decided.
    const unknown = await decide(app, fx.reviewer, id, 1, {
      decision: 'approved',
      suggestedOther: 'Aplikasi Khayalan — Instansi Entah',
    });
    expect(unknown.status).toBe(422);
    const refused = await unknown.text();
    expect(refused).toContain(
      '<span class="field-error">&quot;Aplikasi Khayalan — Instansi Entah&quot; tidak ada dalam daftar; pilih dari daftar aplikasi</span>',
    );
    // The summary names the field by its label, never by its storage key.
    expect(refused).toMatch(
      /class="error-summary"[\s\S]*<strong>Aplikasi lain yang disarankan: <\/strong>&quot;Aplikasi Khayalan/,
    );
    expect(refused).not.toContain('<code>suggestedOther</code>');

    const ok = await decide(app, fx.reviewer, id, 1, {
      decision: 'approved_with_conditions',
      conditions: 'Integrasikan dengan SIASN melalui SPLP.',
      suggestedOther: 'SRIKANDI — Arsip Nasional Republik Indonesia',
      budgetCeiling: 'Rp 1,2 M',
    });
    expect(ok.status, await ok.clone().text()).toBe(303);
    const log = await (await app.request('/keputusan')).text();
    expect(log).toContain('Anggaran diusulkan Rp 1.500.000.000');
    expect(log).toContain('Pagu disetujui Rp 1.200.000.000');
    expect(log).toMatch(/<a href="\/aplikasi\/\d+">Sistem Informasi Kepegawaian Daerah Malang<\/a>/);
    expect(log).toMatch(/Disarankan memakai:.*SRIKANDI/s);
  });

  it('deleting a holiday without JavaScript asks first; confirming deletes it', async () => {
    const { app, db } = await createTestApp();
    const fx = await registryFixture(db);
    expect(
      (await formPost(app, '/admin/libur', { date: '2027-03-20', name: 'Hari Raya Nyepi' }, fx.admin)).status,
    ).toBe(303);
    const ask = await formPost(app, '/admin/libur/2027-03-20/hapus', {}, fx.admin);
    expect(ask.status).toBe(200);
    expect(await ask.text()).toContain('Hapus hari libur 2027-03-20 (Hari Raya Nyepi)?');
    expect(
      await (await app.request('/admin/libur', { headers: { Cookie: fx.admin.cookie } })).text(),
    ).toContain('Hari Raya Nyepi');
    const done = await formPost(app, '/admin/libur/2027-03-20/hapus', { confirm: 'yes' }, fx.admin);
    expect(done.status).toBe(303);
    expect(
      await (await app.request('/admin/libur', { headers: { Cookie: fx.admin.cookie } })).text(),
    ).not.toContain('Hari Raya Nyepi');
  });
});
