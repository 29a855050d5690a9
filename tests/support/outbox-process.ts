/**
 * One outbox process for the tests that need several: it says "ready",
 * waits for a "go" line on stdin so that every process starts at the same
 * moment, does one thing and prints its outcome.
 *   spool <dir> <formId>        spools the same request under that form id
 *   deliver <dir> <sent-log>    delivers everything, appending each send to the log
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { createFolderOutbox } from '@/lib/consultation/outbox/folder/folder-outbox';

const [command, dir, argument] = process.argv.slice(2);
if (!dir || !argument || (command !== 'spool' && command !== 'deliver'))
  throw new Error('usage: spool|deliver <dir> <formId|sent-log>');

const outbox = createFolderOutbox({
  dir,
  maxAttempts: 3,
  retryBaseMs: 60_000,
  log: () => {},
  send: async (entry) => {
    fs.appendFileSync(argument, `${entry.reference} ${process.pid}\n`);
    return 'ok';
  },
});

const request = {
  name: 'Race Test',
  forWhom: 'self',
  email: 'race@example.com',
  language: 'english',
  citizen: 'no',
  matter: 'other',
  detained: 'no',
  message: 'Two processes, one form.',
  siteLanguage: 'en',
  urgency: [],
};

async function run(): Promise<string> {
  if (command === 'spool') return outbox.spool(argument ?? '', 'RACE-TEST', request, new Date());
  const counts = await outbox.deliverPending({ force: true });
  return `delivered=${counts.delivered}`;
}

console.log('ready');
readline.createInterface({ input: process.stdin }).once('line', () => {
  run().then(
    (outcome) => {
      console.log(outcome);
      process.exit(0);
    },
    (error: unknown) => {
      console.log(`error ${String(error)}`);
      process.exit(1);
    },
  );
});
