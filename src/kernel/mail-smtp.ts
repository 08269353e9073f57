import { connect, type Socket } from 'node:net';
import type { Mailer, MailMessage } from './mail';

/**
 * A minimal SMTP client (RFC 5321) for an internal relay: EHLO, MAIL FROM, RCPT TO, DATA, QUIT.
 * No AUTH or TLS — point it at the agency's mail relay on the internal network (or a local
 * Postfix) that handles both. Node only.
 */
export function smtpMailer(url: string, from: string, opts: { timeoutMs?: number } = {}): Mailer {
  const { hostname, port } = new URL(url);
  return {
    async send(message: MailMessage) {
      if (!message.to.length) return;
      const socket = connect({ host: hostname, port: Number(port || 25) });
      socket.setEncoding('utf8');
      socket.setTimeout(opts.timeoutMs ?? 10_000, () => socket.destroy(new Error('SMTP timeout')));
      const reader = replies(socket);
      const expect = async (code: number) => {
        const reply = await reader.next();
        if (reply.code !== code) throw new Error(`SMTP: expected ${code}, got ${reply.code} ${reply.text}`);
      };
      const command = async (line: string, code: number) => {
        socket.write(`${line}\r\n`);
        await expect(code);
      };
      try {
        await expect(220);
        await command('EHLO katalog.local', 250);
        await command(`MAIL FROM:<${from}>`, 250);
        for (const to of message.to) await command(`RCPT TO:<${to}>`, 250);
        await command('DATA', 354);
        const body = [
          `From: Katalog Aplikasi SPBE <${from}>`,
          `To: ${message.to.join(', ')}`,
          `Subject: =?UTF-8?B?${Buffer.from(message.subject, 'utf8').toString('base64')}?=`,
          `Date: ${new Date().toUTCString()}`,
          'MIME-Version: 1.0',
          'Content-Type: text/plain; charset=utf-8',
          'Content-Transfer-Encoding: 8bit',
          '',
          // Dot-stuffing: a line starting with "." gets another one.
          ...message.text.split(/\r?\n/).map((l) => (l.startsWith('.') ? `.${l}` : l)),
        ].join('\r\n');
        await command(`${body}\r\n.`, 250);
        await command('QUIT', 221);
      } finally {
        socket.end();
      }
    },
  };
}

/** Reads SMTP replies (possibly multi-line: `250-…` continues, `250 …` ends). */
function replies(socket: Socket) {
  let buffer = '';
  const queue: { code: number; text: string }[] = [];
  let waiting: ((r: { code: number; text: string }) => void) | null = null;
  let failed: Error | null = null;
  let rejectWaiting: ((e: Error) => void) | null = null;
  let lines: string[] = [];
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    let i = buffer.indexOf('\r\n');
    while (i >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      lines.push(line.slice(4));
      if (line[3] !== '-') {
        const reply = { code: Number(line.slice(0, 3)), text: lines.join('\n') };
        lines = [];
        if (waiting) {
          const w = waiting;
          waiting = null;
          rejectWaiting = null;
          w(reply);
        } else queue.push(reply);
      }
      i = buffer.indexOf('\r\n');
    }
  });
  const fail = (e: Error) => {
    failed = e;
    rejectWaiting?.(e);
  };
  socket.on('error', fail);
  socket.on('close', () => fail(new Error('SMTP connection closed')));
  return {
    next(): Promise<{ code: number; text: string }> {
      const r = queue.shift();
      if (r) return Promise.resolve(r);
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        waiting = resolve;
        rejectWaiting = reject;
      });
    },
  };
}
