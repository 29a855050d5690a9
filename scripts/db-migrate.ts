/**
 * `npm run db:migrate`: brings the PostgreSQL schema (DATABASE_URL) up to
 * date, as every server does when it starts. For a deploy step that should
 * fail before the new release serves anyone.
 */
import { getDatabase } from '@/lib/consultation/runtime';
import { errorCode } from '@/lib/error-code';
import { LATEST_VERSION } from '@/lib/database/migrations';

async function main() {
  const database = getDatabase();
  if (!database) {
    console.log('DATABASE_URL is not set: requests wait in OUTBOX_DIR, which needs no migration.');
    return;
  }
  try {
    const applied = await database.migrate();
    console.log(
      applied.length > 0
        ? `${database.location}: applied ${applied.join(', ')}; schema at version ${LATEST_VERSION}`
        : `${database.location}: schema already at version ${LATEST_VERSION}`,
    );
  } catch (error) {
    console.error(`${database.location}: migration failed (${errorCode(error)})`);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}

void main();
