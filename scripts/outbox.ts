/**
 * `npm run outbox`: how many consultation requests wait in the outbox and
 * how old they are. `npm run outbox -- --flush`: deliver them now.
 * Prints references, counts and ages only, never what a request says.
 */
import { getOutbox } from '@/lib/consultation/runtime';
import { env } from '@/lib/env';

function age(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}

async function main() {
  const outbox = getOutbox();
  if (process.argv.includes('--flush')) {
    const counts = await outbox.deliverPending({ force: true });
    console.log(`flush: ${counts.delivered} delivered, ${counts['retry-later']} still failing, ${counts.failed} moved to failed/, ${counts.busy} being sent by another process`);
  }
  const { pending, failed } = await outbox.status();
  console.log(`outbox ${env.OUTBOX_DIR}: ${pending.length} pending, ${failed.length} failed`);
  for (const item of pending) console.log(`  pending ${item.reference}  age ${age(item.ageMs)}  attempts ${item.attempts}`);
  for (const item of failed) console.log(`  FAILED  ${item.reference}  age ${age(item.ageMs)}  attempts ${item.attempts}`);
  process.exitCode = failed.length > 0 ? 2 : 0;
}

void main();
