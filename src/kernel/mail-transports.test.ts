/**
 * The two ways mail leaves the app: SMTP through nodemailer (plain, STARTTLS, implicit TLS, AUTH)
 * against a real SMTP server (smtp-server, with its built-in self-signed certificate), and the
 * HTTP mail API against a local HTTP server.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { formPost, registryFixture } from '../../test/support/auth';
import { createTestDb } from '../../test/support/db';
import { headerValue } from '../../test/support/smtp-server';
import { createApp } from '../app';
import { parseConfig } from '../config';
import { httpMailer } from './mail-http';
import { smtpMailer } from './mail-smtp';
import { nativeHasher } from './password-node';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

interface Delivered {
  from: string;
  to: string[];
  data: string;
  secure: boolean;
  user: unknown;
}

/** A real SMTP server on a random port; `secure` means TLS from the first byte (smtps). */
async function smtpServer(opts: { secure: boolean; user: string; pass: string }) {
  const delivered: Delivered[] = [];
  const server = new SMTPServer({
    secure: opts.secure,
    logger: false,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, done) {
      if (auth.username === opts.user && auth.password === opts.pass) done(null, { user: auth.username });
      else done(new Error('Invalid username or password'));
    },
    onData(stream, session: SMTPServerSession, done) {
      let data = '';
      stream.setEncoding('utf8');
      stream.on('data', (d: string) => {
        data += d;
      });
      stream.on('end', () => {
        delivered.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data,
          secure: session.secure,
          user: session.user,
        });
        done();
      });
    },
  });
  // A client that refuses the certificate hangs up mid-handshake; the server reports it.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port, delivered };
}

const message = {
  to: ['penilai@menpan.go.id', 'admin@katalog.go.id'],
  subject: 'Usulan baru: Aplikasi Pemantauan Irigasi — Kab. Malang',
  text: 'Usulan menunggu penilaian.\n.baris yang diawali titik\nselesai',
};

describe('SMTP through nodemailer', () => {
  it('upgrades with STARTTLS and signs in when the URL names a user', async () => {
    const smtp = await smtpServer({ secure: false, user: 'katalog', pass: 's3cret/pass' });
    // The password is URL-encoded in SMTP_URL; the test relay's certificate is self-signed.
    const url = `smtp://katalog:${encodeURIComponent('s3cret/pass')}@127.0.0.1:${smtp.port}?requireTLS=true&tls.rejectUnauthorized=false`;
    expect(parseConfig({ SMTP_URL: url, MAIL_FROM: 'katalog@menpan.go.id' }).SMTP_URL).toBe(url);
    await smtpMailer(url, 'katalog@menpan.go.id').send(message);
    expect(smtp.delivered).toHaveLength(1);
    const m = smtp.delivered[0]!;
    expect(m.secure).toBe(true);
    expect(m.user).toBe('katalog');
    expect(m.from).toBe('katalog@menpan.go.id');
    expect(m.to).toEqual(message.to);
    expect(headerValue(m.data, 'Subject')).toBe(message.subject);
    expect(headerValue(m.data, 'From')).toBe('Katalog Aplikasi SPBE <katalog@menpan.go.id>');
    expect(m.data).toContain('\r\n.baris yang diawali titik\r\n');
  });

  it('speaks TLS from the first byte with smtps://', async () => {
    const smtp = await smtpServer({ secure: true, user: 'katalog', pass: 'rahasia' });
    await smtpMailer(
      `smtps://katalog:rahasia@127.0.0.1:${smtp.port}?tls.rejectUnauthorized=false`,
      'katalog@menpan.go.id',
    ).send(message);
    expect(smtp.delivered.map((m) => [m.secure, m.user])).toEqual([[true, 'katalog']]);
  });

  it('refuses a relay whose certificate it cannot verify, unless told to accept it', async () => {
    const smtp = await smtpServer({ secure: true, user: 'katalog', pass: 'rahasia' });
    await expect(
      smtpMailer(`smtps://katalog:rahasia@127.0.0.1:${smtp.port}`, 'katalog@menpan.go.id').send(message),
    ).rejects.toThrow(/certificate/i);
    expect(smtp.delivered).toEqual([]);
  });

  it('reports a wrong password as a failed send', async () => {
    const smtp = await smtpServer({ secure: false, user: 'katalog', pass: 'rahasia' });
    await expect(
      smtpMailer(
        `smtp://katalog:salah@127.0.0.1:${smtp.port}?tls.rejectUnauthorized=false`,
        'katalog@menpan.go.id',
      ).send(message),
    ).rejects.toThrow(/Invalid username or password|535/);
    expect(smtp.delivered).toEqual([]);
  });
});

/** A local HTTP mail API that records what it is sent and answers `status`. */
async function mailApi(status = 202) {
  const received: { auth: string | undefined; type: string | undefined; body: unknown }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => {
      body += d;
    });
    req.on('end', () => {
      received.push({
        auth: req.headers.authorization,
        type: req.headers['content-type'],
        body: JSON.parse(body),
      });
      res.writeHead(status, { 'Content-Type': 'application/json' }).end('{"id":"1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${port}/send`, received };
}

/** The app without a mailer, to read the in-app inbox. */
const app0 = (db: Awaited<ReturnType<typeof createTestDb>>) =>
  createApp({
    db,
    config: parseConfig({ SECURE_COOKIES: 'false', DEMO_APPS: '0', LOG_REQUESTS: 'false' }),
    passwords: nativeHasher,
  });

describe('the HTTP mail API', () => {
  it('posts each message as JSON with the bearer token', async () => {
    const api = await mailApi();
    await httpMailer(api.url, 'mail-token-123', 'katalog@menpan.go.id').send(message);
    expect(api.received).toEqual([
      {
        auth: 'Bearer mail-token-123',
        type: 'application/json',
        body: {
          from: 'Katalog Aplikasi SPBE <katalog@menpan.go.id>',
          to: message.to,
          subject: message.subject,
          text: message.text,
        },
      },
    ]);
  });

  it('treats an error status as a failed send', async () => {
    const api = await mailApi(503);
    await expect(httpMailer(api.url, undefined, 'katalog@menpan.go.id').send(message)).rejects.toThrow(/503/);
  });

  it('mails the reviewers on submission; a mail API that is down does not fail it', async () => {
    const api = await mailApi();
    const db = await createTestDb();
    const fx = await registryFixture(db);
    const submit = async (mailApiUrl: string, name: string) => {
      const config = parseConfig({
        SECURE_COOKIES: 'false',
        DEMO_APPS: '0',
        LOG_REQUESTS: 'false',
        MAIL_API_URL: mailApiUrl,
        MAIL_API_TOKEN: 'mail-token-123',
        MAIL_FROM: 'katalog@menpan.go.id',
      });
      const from = config.MAIL_FROM!;
      const app = createApp({
        db,
        config,
        passwords: nativeHasher,
        mailer: httpMailer(config.MAIL_API_URL!, config.MAIL_API_TOKEN, from, { timeoutMs: 2000 }),
        log: () => {},
      });
      const created = await formPost(
        app,
        '/usulan/baru',
        {
          name,
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
      return (await formPost(app, `/usulan/${id}/ajukan`, { version: '1' }, fx.owner)).status;
    };
    expect(await submit(api.url, 'Aplikasi Pemantauan Irigasi Uji')).toBe(303);
    expect(api.received).toHaveLength(1);
    expect(api.received[0]!.body).toMatchObject({ to: ['penilai@menpan.go.id'] });
    expect(await submit('http://127.0.0.1:9/send', 'Aplikasi Pemantauan Waduk Uji')).toBe(303);
    const inbox = await (
      await app0(db).request('/kotak-masuk', { headers: { Cookie: fx.reviewer.cookie } })
    ).text();
    expect(inbox).toContain('Usulan baru: Aplikasi Pemantauan Waduk Uji');
  });
});

describe('mail settings', () => {
  it('need a sender when a relay or mail API is configured', () => {
    expect(() => parseConfig({ MAIL_API_URL: 'https://mail.example.go.id/send' })).toThrow(/MAIL_FROM/);
    expect(() => parseConfig({ SMTP_URL: 'smtp://relay.example.go.id' })).toThrow(/MAIL_FROM/);
    expect(parseConfig({ SMTP_URL: 'smtp://relay.example.go.id', SMTP_FROM: 'a@b.go.id' }).SMTP_FROM).toBe(
      'a@b.go.id',
    );
    expect(() => parseConfig({ SMTP_URL: 'http://relay', MAIL_FROM: 'a@b.go.id' })).toThrow(/SMTP_URL/);
  });
});
