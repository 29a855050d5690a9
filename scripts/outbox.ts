/**
 * `npm run outbox`: the consultation requests waiting in the outbox (the
 * folder, or PostgreSQL when DATABASE_URL is set), and
 * those that failed, with their age and attempts. `-- --flush` delivers
 * everything now; `-- --retry-failed` puts failed requests back in line
 * (after the cause was fixed) and delivers them. Prints references, counts
 * and ages only, never what a request says. Exits 2 while any request
 * failed or cannot be read, or anything else lies in the outbox folder.
 */
import { getDatabase, getOutbox } from '@/lib/consultation/runtime';
import { errorCode } from '@/lib/error-code';

function age(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}

async function main() {
  const outbox = getOutbox();
  const retry = process.argv.includes('--retry-failed');
  if (retry) console.log(`retry: ${await outbox.retryFailed()} failed requests put back in line`);
  if (retry || process.argv.includes('--flush')) {
    const counts = await outbox.deliverPending({ force: true });
    console.log(
      `flush: ${counts.delivered} delivered, ${counts['retry-later']} still failing, ${counts.failed} given up (failed), ${counts.busy} being sent by another process`,
    );
  }
  const { pending, failed, unknown } = await outbox.status();
  const strays = unknown.length > 0 ? `, ${unknown.length} unknown` : '';
  console.log(`outbox ${outbox.location}: ${pending.length} pending, ${failed.length} failed${strays}`);
  for (const item of pending)
    console.log(`  pending ${item.reference}  age ${age(item.ageMs)}  attempts ${item.attempts}`);
  for (const item of failed)
    console.log(`  FAILED  ${item.reference}  age ${age(item.ageMs)}  attempts ${item.attempts}`);
  if (failed.length > 0)
    console.log(
      "Check SMTP_URL and the mail server's answers in the server log, then run: npm run outbox -- --retry-failed",
    );
  for (const name of unknown) console.log(`  UNKNOWN ${name}`);
  if (unknown.length > 0)
    console.log(
      'These are not requests this version can read or send: perhaps one spooled by an older version, or a copy left by hand. ' +
        'Each may hold a request nobody has received. Move it out of the outbox folder, open it there to see whether the firm ' +
        'has the request (call the person if not), then delete it: it holds personal details.',
    );
  process.exitCode = failed.length > 0 || unknown.length > 0 ? 2 : 0;
}

main()
  .catch((error: unknown) => {
    // The code only (ECONNREFUSED, 28P01): an error's text may quote a request.
    console.error(`npm run outbox: could not read the outbox (${errorCode(error)})`);
    process.exitCode = 1;
  })
  .finally(() => getDatabase()?.close());
