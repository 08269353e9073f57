/** An e-mail to send; plain text, Bahasa Indonesia first. */
export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

/**
 * Sends notification e-mail. Optional: the in-app inbox always works; the Node entry supplies an
 * SMTP mailer when `SMTP_URL` and `SMTP_FROM` are configured.
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
