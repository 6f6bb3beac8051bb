import path from 'node:path';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { closeDb, getDb } from '../db/client';
import { env } from '../lib/env';

async function main() {
  const db = await getDb();
  await migrate(db, { migrationsFolder: path.resolve(import.meta.dirname, '../drizzle') });
  console.log(`Migrations applied to ${redact(env().DATABASE_URL)}`);
}

function redact(url: string) {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

main()
  .catch((error: unknown) => {
    console.error('Migration failed:', error);
    process.exitCode = 1;
  })
  .finally(closeDb);
