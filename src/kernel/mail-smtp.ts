import { createTransport } from 'nodemailer';
import type { Mailer, MailMessage } from './mail';

/**
 * SMTP through nodemailer (Node only). `url` is `smtp://[user:pass@]host[:port]` — STARTTLS when
 * the server offers it — or `smtps://…` for TLS from the first byte; query options pass through
 * to nodemailer (e.g. `?requireTLS=true`, `?tls.rejectUnauthorized=false` for a private CA's test
 * relay). Timeouts are short: a relay that does not answer must not hold the request for minutes.
 */
export function smtpMailer(url: string, from: string, opts: { timeoutMs?: number } = {}): Mailer {
  const timeout = opts.timeoutMs ?? 10_000;
  const transport = createTransport(
    { url, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout * 3 },
    { from: `Katalog Aplikasi SPBE <${from}>` },
  );
  return {
    async send(message: MailMessage) {
      if (!message.to.length) return;
      await transport.sendMail({ to: message.to, subject: message.subject, text: message.text });
    },
  };
}
