import { describe, expect, it } from 'vitest';
import { formPost, registryFixture } from '../../test/support/auth';
import { createTestDb } from '../../test/support/db';
import { headerValue, startSmtpServer } from '../../test/support/smtp-server';
import { createApp } from '../app';
import { parseConfig } from '../config';
import { createProposal, submitProposal } from '../features/procurement/proposals-service';
import { decide } from '../features/procurement/review-service';
import { smtpMailer } from './mail-smtp';
import { nativeHasher } from './password-node';

describe('e-mail notifications over SMTP', () => {
  it('delivers a message with a UTF-8 subject, every recipient, and dot-stuffed lines', async () => {
    const smtp = await startSmtpServer();
    try {
      await smtpMailer(smtp.url, 'katalog@menpan.go.id').send({
        to: ['a@x.go.id', 'b@y.go.id'],
        subject: 'Usulan baru: Sistem Informasi Kepegawaian — Kab. Malang',
        text: 'Baris pertama\n.baris yang diawali titik\nselesai',
      });
      expect(smtp.received).toHaveLength(1);
      const m = smtp.received[0]!;
      expect(m.from).toBe('katalog@menpan.go.id');
      expect(m.to).toEqual(['a@x.go.id', 'b@y.go.id']);
      expect(m.data).toMatch(/^Subject: [\x20-\x7e\r\n\t]+$/m); // encoded: 7-bit on the wire
      expect(headerValue(m.data, 'Subject')).toBe('Usulan baru: Sistem Informasi Kepegawaian — Kab. Malang');
      expect(m.data).toContain('\r\n.baris yang diawali titik\r\n');
    } finally {
      await smtp.close();
    }
  });

  it('mails the reviewers when a proposal is submitted, and the operators when it is decided', async () => {
    const smtp = await startSmtpServer();
    try {
      const db = await createTestDb();
      const fx = await registryFixture(db);
      const config = parseConfig({ SECURE_COOKIES: 'false', DEMO_APPS: '0', LOG_REQUESTS: 'false' });
      const app = createApp({
        db,
        config,
        passwords: nativeHasher,
        mailer: smtpMailer(smtp.url, 'katalog@menpan.go.id'),
      });
      const created = await formPost(
        app,
        '/usulan/baru',
        {
          name: 'Aplikasi Pemantauan Irigasi Uji',
          description: 'Pemantauan debit saluran irigasi desa.',
          kind: 'build',
          fiscalYear: '2027',
          requestedBudget: '100000000',
          kakUrl: 'https://x.go.id/kak.pdf',
          costBenefitUrl: 'https://x.go.id/abm.pdf',
          action: 'save',
        },
        fx.owner,
      );
      const id = /\/usulan\/(\d+)/.exec(created.headers.get('location') ?? '')?.[1];
      expect((await formPost(app, `/usulan/${id}/ajukan`, { version: '1' }, fx.owner)).status).toBe(303);
      expect(smtp.received.at(-1)?.to).toEqual(['penilai@menpan.go.id']);
      expect(smtp.received.at(-1)?.data).toContain(`/penilaian/${id}`);
      expect(
        (await formPost(app, `/penilaian/${id}/putuskan`, { round: '1', decision: 'approved' }, fx.reviewer))
          .status,
      ).toBe(303);
      expect(smtp.received.at(-1)?.to).toEqual(['owner@malang.go.id']);
      expect(smtp.received.at(-1)?.data).toMatch(/rekomendasi:? REK-2027-00001-[0-9A-F]{4}/);
    } finally {
      await smtp.close();
    }
  });

  it('mails from the services, not the web routes: a submission and a decision made without HTTP', async () => {
    const smtp = await startSmtpServer();
    try {
      const db = await createTestDb();
      const fx = await registryFixture(db);
      const mail = {
        mailer: smtpMailer(smtp.url, 'katalog@menpan.go.id'),
        publicUrl: 'https://katalog.go.id/',
      };
      const proposal = await createProposal(db, fx.owner.user, {
        name: 'Aplikasi Irigasi Uji',
        acronym: null,
        description: 'Pemantauan irigasi desa.',
        functions: [],
        dataEntities: [],
        kind: 'build',
        fiscalYear: 2027,
        requestedBudget: 100_000_000,
        justification: '',
        kakUrl: 'https://x.go.id/kak.pdf',
        costBenefitUrl: 'https://x.go.id/abm.pdf',
      });
      // What an API route or the command line would call: the service itself sends the mail.
      await submitProposal(db, fx.owner.user, proposal.id, { version: 1, justifications: {} }, { mail });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.to).toEqual(['penilai@menpan.go.id']);
      expect(headerValue(smtp.received[0]!.data, 'Subject')).toContain('Aplikasi Irigasi Uji');
      // Quoted-printable: soft line breaks joined before reading the body.
      const body = (i: number) => smtp.received[i]!.data.replace(/=\r\n/g, '');
      expect(body(0)).toContain(`https://katalog.go.id/penilaian/${proposal.id}`);
      await decide(
        db,
        fx.reviewer.user,
        proposal.id,
        {
          decision: 'rejected',
          reasonCodes: ['duplicates_shared_app'],
          conditions: null,
          comment: 'Pakai aplikasi umum.',
          suggestedApplications: [],
          budgetCeiling: null,
          round: 1,
        },
        'test-clearance-key-000000000000000000',
        { mail },
      );
      expect(smtp.received).toHaveLength(2);
      expect(smtp.received[1]!.to).toEqual(['owner@malang.go.id']);
      expect(body(1)).toContain(`https://katalog.go.id/usulan/${proposal.id}`);
    } finally {
      await smtp.close();
    }
  });

  it('a relay that is down does not fail the submission; the inbox still has the notice', async () => {
    const db = await createTestDb();
    const fx = await registryFixture(db);
    const config = parseConfig({ SECURE_COOKIES: 'false', DEMO_APPS: '0', LOG_REQUESTS: 'false' });
    const app = createApp({
      db,
      config,
      passwords: nativeHasher,
      mailer: smtpMailer('smtp://127.0.0.1:9', 'katalog@menpan.go.id', { timeoutMs: 2000 }),
    });
    const created = await formPost(
      app,
      '/usulan/baru',
      {
        name: 'Aplikasi Pemantauan Irigasi Uji',
        description: 'Pemantauan debit saluran irigasi desa.',
        kind: 'build',
        fiscalYear: '2027',
        requestedBudget: '100000000',
        kakUrl: 'https://x.go.id/kak.pdf',
        costBenefitUrl: 'https://x.go.id/abm.pdf',
        action: 'save',
      },
      fx.owner,
    );
    const id = /\/usulan\/(\d+)/.exec(created.headers.get('location') ?? '')?.[1];
    expect((await formPost(app, `/usulan/${id}/ajukan`, { version: '1' }, fx.owner)).status).toBe(303);
    const inbox = await (
      await app.request('/kotak-masuk', { headers: { Cookie: fx.reviewer.cookie } })
    ).text();
    expect(inbox).toContain('Usulan baru: Aplikasi Pemantauan Irigasi Uji');
  });
});
