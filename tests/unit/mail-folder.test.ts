import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { createFolderOutbox } from '@/lib/consultation/outbox/folder/folder-outbox';
import { mailFolderSender } from '@/lib/consultation/mail/senders';
import { STORED_REQUEST } from './support/consultation';

describe('delivery with no SMTP server configured', () => {
  it('saves each request as a private .eml file and says where, by reference only', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mail-folder-'));
    const mailDir = path.join(root, 'mail');
    const lines: string[] = [];
    const outbox = createFolderOutbox({
      dir: path.join(root, 'outbox'),
      maxAttempts: 3,
      retryBaseMs: 1_000,
      send: mailFolderSender(
        mailDir,
        { to: 'intake@localhost', from: 'website@localhost', timeZone: 'America/New_York' },
        (line) => lines.push(line),
      ),
      log: (line) => lines.push(line),
    });
    await outbox.spool('d'.repeat(32), 'K7Q2-M9XD', STORED_REQUEST, new Date('2026-11-27T10:00:00Z'));
    expect(await outbox.deliver('d'.repeat(32))).toBe('delivered');

    const file = path.join(mailDir, 'consultation-K7Q2-M9XD.eml');
    expect(fs.readdirSync(mailDir)).toEqual(['consultation-K7Q2-M9XD.eml']);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(mailDir).mode & 0o777).toBe(0o700);
    const mail = await simpleParser(fs.readFileSync(file));
    expect(mail.subject).toBe('Consultation request: Ana Pérez [K7Q2-M9XD]');
    expect(mail.replyTo?.value[0]?.address).toBe('ana@example.com');
    expect(mail.text).toContain('Drug charge, plea in 2019');

    const shown = path.relative(process.cwd(), file);
    expect(lines).toContain(`consultation K7Q2-M9XD saved to ${shown} (SMTP_URL not set)`);
    expect(lines.join('\n')).not.toContain('Ana');
    expect(fs.readdirSync(path.join(root, 'outbox', 'd'.repeat(32)))).toEqual(['delivered']);
  });
});
