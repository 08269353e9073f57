import type { Mailer, MailMessage } from './mail';

/**
 * An HTTP mail API (Node and Workers): each message is one `POST url` with
 * `Authorization: Bearer <token>` and the JSON body `{ "from", "to": [...], "subject", "text" }`;
 * any 2xx is success. The shape several hosted mail APIs accept for their send endpoint, and
 * easy to put in front of an agency relay (docs/decisions/0029-production-runtime.md).
 */
export function httpMailer(
  url: string,
  token: string | undefined,
  from: string,
  opts: { timeoutMs?: number } = {},
): Mailer {
  return {
    async send(message: MailMessage) {
      if (!message.to.length) return;
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({
          from: `Katalog Aplikasi SPBE <${from}>`,
          to: message.to,
          subject: message.subject,
          text: message.text,
        }),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
      });
      // Drain the body either way so the connection can be reused.
      const detail = await res.text().catch(() => '');
      if (!res.ok) throw new Error(`mail API answered ${res.status}: ${detail.slice(0, 200)}`);
    },
  };
}
