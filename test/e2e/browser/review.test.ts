/**
 * The review journey in Chromium: an operator writes a proposal (the overlap panel shows
 * SRIKANDI/SIASN while typing), submits it; a reviewer rejects it suggesting SIASN; the operator
 * sees the decision. A second proposal is approved; its clearance verifies on the public page;
 * a tampered number and, once revoked, the clearance itself do not.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../../src/features/accounts/repo';
import { PASSWORD, testPasswordHash } from '../../support/auth';
import { launchBrowser } from '../../support/browser';
import { startTestServer } from '../../support/server';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startTestServer({ demoApps: 50 })]);
  const hash = await testPasswordHash();
  const agency = async (code: string) =>
    Number(
      (await server.db.$client.execute({ sql: 'select id from agencies where code = ?', args: [code] }))
        .rows[0]?.id,
    );
  await insertUser(server.db, {
    email: 'operator@malangkab.go.id',
    name: 'Operator Malang',
    role: 'operator',
    agencyId: await agency('35.07'),
    passwordHash: hash,
  });
  await insertUser(server.db, {
    email: 'penilai@menpan.go.id',
    name: 'Penilai KemenPANRB',
    role: 'reviewer',
    agencyId: await agency('KEMENPANRB'),
    passwordHash: hash,
  });
  await insertUser(server.db, {
    email: 'admin@katalog.go.id',
    name: 'Admin',
    role: 'admin',
    agencyId: null,
    passwordHash: hash,
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(email: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', PASSWORD);
  await page.click('form.stack button[type=submit]');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return { context, page, errors };
}

async function writeProposal(page: Page, p: { name: string; description: string; budget: string }) {
  await page.goto(`${server.url}/usulan/baru`);
  await page.locator('input[name=name]').pressSequentially(p.name, { delay: 5 });
  await page.locator('textarea[name=description]').pressSequentially(p.description, { delay: 2 });
  await page.fill('input[name=requestedBudget]', p.budget);
  await page.fill('input[name=kakUrl]', 'https://malangkab.go.id/kak.pdf');
  await page.fill('input[name=costBenefitUrl]', 'https://malangkab.go.id/abm.pdf');
}

describe('review and clearance', () => {
  it('covers a letter application with SRIKANDI while the proposal is typed, before anything is submitted', async () => {
    const { context, page, errors } = await signIn('operator@malangkab.go.id');
    // Only the name and description: the panel must not wait for the rest of the form (budget,
    // documents) to be valid.
    await page.goto(`${server.url}/usulan/baru`);
    await page.locator('input[name=name]').pressSequentially('e-Surat Kabupaten Malang', { delay: 5 });
    await page
      .locator('textarea[name=description]')
      .pressSequentially(
        'Surat masuk dan surat keluar didisposisikan pimpinan dan diarsipkan secara elektronik.',
        {
          delay: 2,
        },
      );
    await page.waitForFunction(
      () => document.querySelector('#overlap-panel')?.textContent?.includes('SRIKANDI'),
      null,
      { timeout: 10_000 },
    );
    expect(page.url()).toBe(`${server.url}/usulan/baru`);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('an operator submits a SIASN duplicate, a reviewer rejects it suggesting SIASN, the operator sees why', async () => {
    const op = await signIn('operator@malangkab.go.id');
    await writeProposal(op.page, {
      name: 'SIMPEG Kabupaten Malang',
      description:
        'Sistem informasi kepegawaian: data pokok pegawai ASN, kenaikan pangkat, mutasi dan pensiun pegawai.',
      budget: '2000000000',
    });
    await op.page.waitForFunction(
      () => document.querySelector('#overlap-panel')?.textContent?.includes('SIASN'),
      null,
      { timeout: 10_000 },
    );
    await op.page.click('button[name=action][value=save]');
    await op.page.waitForURL(/\/usulan\/\d+\?saved=1$/);
    const proposalUrl = op.page.url().replace('?saved=1', '');
    // Submitting without saying why SIASN is not reused is refused, next to the field.
    await op.page.click('text=Ajukan usulan');
    await op.page.waitForSelector('.field-error');
    expect(await op.page.textContent('.submit-box')).toContain(
      'Alasan tidak memakai SIASN (Badan Kepegawaian Negara) wajib diisi',
    );
    // One reason per national service and one per group of local copies, a handful at most.
    const reasons = await op.page
      .locator('.submit-box label:has(textarea[name^="justifications."]) > span:not(.field-error)')
      .allTextContents();
    expect(reasons.length).toBeLessThanOrEqual(5);
    expect(reasons.filter((r) => r.includes('SIASN')).length).toBe(1);
    await op.page
      .locator('textarea[name^="justifications."]')
      .first()
      .fill('SIASN belum menampung data honorer daerah.');
    for (const t of await op.page.locator('textarea[name^="justifications."]').all()) {
      if (!(await t.inputValue())) await t.fill('Fungsi berbeda.');
    }
    await op.page.click('text=Ajukan usulan');
    await op.page.waitForURL(/submitted=1/);

    const rv = await signIn('penilai@menpan.go.id');
    await rv.page.goto(`${server.url}/penilaian`);
    await rv.page.setViewportSize({ width: 1366, height: 768 });
    await rv.page.click('text=SIMPEG Kabupaten Malang');
    await rv.page.waitForSelector('#decide-title');
    expect(await rv.page.textContent('main')).toContain('SIASN belum menampung data honorer daerah.');
    // On a desk screen the decision form starts within the first screen, without scrolling.
    const box = await rv.page.locator('#decision-form').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeLessThan(768);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1366);
    // The national-service findings are read before the rest of the proposal.
    const findingsTop = (await rv.page.locator('#temuan').boundingBox())!.y;
    expect(findingsTop).toBeLessThan(768);
    await rv.page.check('input[name=decision][value=rejected]');
    await rv.page.check('input[name=reasonCodes][value=duplicates_shared_app]');
    // Alternatives read "name — agency"; reasons are labels, never codes.
    expect(await rv.page.locator('#decision-form').textContent()).not.toContain('duplicates_shared_app');
    const siasn = rv.page
      .locator('label.check', { hasText: 'SIASN — Badan Kepegawaian Negara' })
      .locator('input[name=suggestedApplications]');
    // It is reachable inside the decision panel without scrolling the page.
    const siasnBox = await siasn.boundingBox();
    expect(siasnBox).not.toBeNull();
    await siasn.check();
    await rv.page.fill('textarea[name=comment]', 'Gunakan SIASN milik BKN.');
    await rv.page.click('text=Simpan keputusan');
    await rv.page.waitForURL(/decided=1/);
    expect(await rv.page.textContent('main')).toContain('Ditolak');

    await op.page.goto(`${server.url}/kotak-masuk`);
    expect(await op.page.textContent('main')).toContain('Ditolak: SIMPEG Kabupaten Malang');
    await op.page.goto(proposalUrl);
    const seen = (await op.page.textContent('main')) ?? '';
    expect(seen).toContain('Ditolak');
    expect(seen).toContain('Gunakan SIASN milik BKN.');
    expect(await op.page.locator('.decisions a', { hasText: 'SIASN' }).count()).toBe(1);
    expect([...op.errors, ...rv.errors]).toEqual([]);
    await op.context.close();
    await rv.context.close();
  }, 90_000);

  it('a second proposal is approved; its clearance verifies; a tampered number and a revoked clearance do not', async () => {
    const op = await signIn('operator@malangkab.go.id');
    await writeProposal(op.page, {
      name: 'Sistem Pemantauan Irigasi Malang',
      description: 'Pemantauan debit air dan kondisi saluran irigasi desa oleh petugas pengairan.',
      budget: '1200000000',
    });
    await op.page.click('button[name=action][value=save]');
    await op.page.waitForURL(/\/usulan\/\d+\?saved=1$/);
    for (const t of await op.page.locator('textarea[name^="justifications."]').all())
      await t.fill('Fungsi berbeda.');
    await op.page.click('text=Ajukan usulan');
    await op.page.waitForURL(/submitted=1/);

    const rv = await signIn('penilai@menpan.go.id');
    await rv.page.goto(`${server.url}/penilaian`);
    await rv.page.click('text=Sistem Pemantauan Irigasi Malang');
    await rv.page.check('input[name=decision][value=approved_with_conditions]');
    await rv.page.fill('textarea[name=conditions]', 'Data debit dibagikan melalui SPLP.');
    await rv.page.click('text=Simpan keputusan');
    await rv.page.waitForURL(/decided=1/);
    const number =
      (await rv.page.locator('a[href^="/rekomendasi/REK-"]').first().textContent())?.trim() ?? '';
    expect(number).toMatch(/^REK-\d{4}-\d{5}-[0-9A-F]{4}$/);

    const pub = await browser.newPage();
    await pub.goto(`${server.url}/rekomendasi`);
    await pub.fill('input[name=nomor]', number);
    await pub.click('form.inline-form button[type=submit]');
    await pub.waitForURL(new RegExp(`/rekomendasi/${number}$`));
    expect(await pub.textContent('.verdict')).toBe('SAH');
    await pub.goto(`${server.url}/rekomendasi/${number}/surat`);
    expect(await pub.locator('.qr svg').count()).toBe(1);

    const tampered = number.replace(
      /-(\d{5})-/,
      (_m, n: string) => `-${String(Number(n) + 7).padStart(5, '0')}-`,
    );
    await pub.goto(`${server.url}/rekomendasi/${tampered}`);
    expect(await pub.textContent('.verdict')).toBe('TIDAK DITEMUKAN');

    const admin = await signIn('admin@katalog.go.id');
    await admin.page.goto(`${server.url}/rekomendasi/${number}`);
    await admin.page.fill('textarea[name=reason]', 'Anggaran dibatalkan dalam APBD perubahan.');
    // Revoking asks twice: the "I understand" box (works without JavaScript) and htmx's dialog.
    const dialogs: string[] = [];
    admin.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    await admin.page.check('input[name=confirm]');
    await admin.page.click('button:text-is("Cabut")');
    await admin.page.waitForSelector('.verdict:text-is("DICABUT")');
    await admin.page.waitForURL(new RegExp(`/rekomendasi/${number}$`));
    expect(dialogs).toEqual([`Cabut rekomendasi ${number}? Pencabutan tidak dapat dibatalkan.`]);
    await pub.goto(`${server.url}/rekomendasi/${number}`);
    expect(await pub.textContent('.verdict')).toBe('DICABUT');
    expect([...op.errors, ...rv.errors, ...admin.errors]).toEqual([]);
    await Promise.all([op.context.close(), rv.context.close(), admin.context.close(), pub.close()]);
  }, 90_000);
});
