import path from 'node:path';
import nodemailer from 'nodemailer';
import { ensurePrivateDir, writeFileDurably } from '@/lib/consultation/outbox/files';
import type { SendMailOptions } from 'nodemailer';
import { composeConsultationEmail } from '@/lib/consultation/mail/consultation-mail';
import type { MailAddresses } from '@/lib/consultation/mail/mail-layout';
import { composePadillaEmail } from '@/lib/consultation/mail/padilla-mail';
import { DeliveryError, type Sender, type SpooledConsultation } from '@/lib/consultation/outbox/outbox';
import { isPadillaRequest, type OutboxRequest } from '@/lib/consultation/outbox/spool-format';

/** The email for whatever the outbox holds: each kind of request has its own. */
export function composeRequestEmail(
  request: OutboxRequest,
  reference: string,
  receivedAt: Date,
  addresses: MailAddresses,
): SendMailOptions {
  return isPadillaRequest(request)
    ? composePadillaEmail(request, reference, receivedAt, addresses)
    : composeConsultationEmail(request, reference, receivedAt, addresses);
}

function compose(entry: SpooledConsultation, addresses: MailAddresses) {
  return composeRequestEmail(entry.request, entry.reference, new Date(entry.receivedAt), addresses);
}

/** Sends through the firm's SMTP server. 5xx answers are permanent; anything else is worth retrying. */
export function smtpSender(smtpUrl: string, addresses: MailAddresses): Sender {
  // Short timeouts: a hung server must not hold a request's lock for minutes.
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return async (entry) => {
    try {
      const info = await transport.sendMail(compose(entry, addresses));
      return `SMTP ${String(info.response).slice(0, 3)}`;
    } catch (error) {
      const responseCode = (error as { responseCode?: unknown }).responseCode;
      if (typeof responseCode === 'number') throw new DeliveryError(`SMTP ${responseCode}`, responseCode >= 500);
      const code = (error as { code?: unknown }).code;
      throw new DeliveryError(typeof code === 'string' ? code : 'SMTP error', false);
    }
  };
}

/**
 * With no SMTP server configured, each message is saved as an .eml file so
 * a fresh clone works end to end. The file name comes from the reference,
 * so a retried save replaces the same file instead of adding a copy.
 */
export function mailFolderSender(mailDir: string, addresses: MailAddresses, log: (line: string) => void): Sender {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return async (entry) => {
    const info = await transport.sendMail(compose(entry, addresses));
    if (!Buffer.isBuffer(info.message)) throw new DeliveryError('message not buffered', false);
    await ensurePrivateDir(mailDir);
    const file = path.join(mailDir, `consultation-${entry.reference}.eml`);
    await writeFileDurably(file, info.message);
    const shown = path.relative(process.cwd(), file) || file;
    log(`consultation ${entry.reference} saved to ${shown} (SMTP_URL not set)`);
    return `saved to ${shown}`;
  };
}
