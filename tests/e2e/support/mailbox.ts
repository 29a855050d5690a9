import fs from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTP_SINK_DIR } from '../../../playwright.config';

/** Every message the test SMTP server has received so far, parsed. */
export async function receivedMail(): Promise<ParsedMail[]> {
  const dir = path.resolve(SMTP_SINK_DIR);
  if (!fs.existsSync(dir)) return [];
  const names = fs.readdirSync(dir).filter((name) => name.endsWith('.eml'));
  return Promise.all(names.map((name) => simpleParser(fs.readFileSync(path.join(dir, name)))));
}

export async function mailWithSubjectContaining(text: string): Promise<ParsedMail[]> {
  return (await receivedMail()).filter((mail) => mail.subject?.includes(text));
}
