import path from 'node:path';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { closeDb, getDb } from '../db/client';
import { env } from '../lib/env';
import { parseCli } from './cli';

const USAGE = `Usage: npm run db:migrate
       npx tsx scripts/migrate.ts

Applies the SQL migrations in drizzle/ that the database has not had yet (Drizzle keeps the
list in the database), creating an embedded database file if there is none. Run it against
the primary of a libSQL server, not a replica. It takes no options.

Options:
  -h, --help  show this help

Environment:
  DATABASE_URL         database to migrate (default file:./data/tracker.db)
  DATABASE_AUTH_TOKEN  token for Turso or an authenticated libSQL server

Example:
  DATABASE_URL=http://127.0.0.1:8080 npm run db:migrate`;

async function main() {
  parseCli({ name: 'migrate', usage: USAGE, options: {} });
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
