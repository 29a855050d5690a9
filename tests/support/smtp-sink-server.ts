/**
 * The test SMTP server for Playwright: listens on 127.0.0.1 and writes each
 * message it receives to a folder the browser tests read.
 * Usage: node --import tsx tests/support/smtp-sink-server.ts <port> <folder>
 */
import fs from 'node:fs';
import path from 'node:path';
import { startSmtpSink } from './smtp-sink';

const port = Number(process.argv[2] ?? 2526);
const folder = path.resolve(process.argv[3] ?? 'test-results/smtp-sink');
fs.rmSync(folder, { recursive: true, force: true });
fs.mkdirSync(folder, { recursive: true });

let count = 0;
void startSmtpSink(port, (mail) => {
  count += 1;
  fs.writeFileSync(path.join(folder, `${String(count).padStart(4, '0')}.eml`), mail.raw);
}).then(() => console.log(`test SMTP server on 127.0.0.1:${port}, saving to ${folder}`));
