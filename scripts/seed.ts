import { sql } from 'drizzle-orm';
import { closeDb, getDb } from '../db/client';
import { insertSeedDataset, SeedError } from '../db/seed/load';
import { commitments } from '../db/schema';
import { dataset } from '../db/seed/data';
import { isIsoDate } from '../lib/dates';
import { parseCli } from './cli';

// Loads the Dushanbe dataset into an empty database: the announcement and everything
// researched since (db/seed/research), or with --until DATE only what was known by the end
// of that day. With --if-empty it does nothing when commitments already exist, so the
// quick-start command can run it every time without touching what editors have entered.

const USAGE = `Usage: npm run db:seed -- [--until YYYY-MM-DD] [--if-empty]
       npx tsx scripts/seed.ts [--until YYYY-MM-DD] [--if-empty]

Loads the Dushanbe commitments dataset into an empty database, in one transaction. It
refuses a database that already holds commitments, so it never overwrites editors' work.

Options:
  --until DATE   only what was known by the end of DATE (e.g. 2023-09-14: the speech alone)
  --if-empty     do nothing, successfully, when the database already holds commitments
  -h, --help     show this help

Environment:
  DATABASE_URL         database to load (default file:./data/tracker.db)
  DATABASE_AUTH_TOKEN  token for Turso or an authenticated libSQL server

Example:
  npm run db:seed -- --until 2023-09-14`;

async function main() {
  const { values: args } = parseCli({ name: 'seed', usage: USAGE, options: { until: { type: 'string' }, 'if-empty': { type: 'boolean' } } });
  if (args.until !== undefined && !isIsoDate(args.until)) {
    throw new SeedError(`--until must be a real date written as YYYY-MM-DD, not "${args.until}".`);
  }
  const db = await getDb();
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(commitments);
  if ((row?.n ?? 0) > 0) {
    if (args['if-empty']) {
      console.log(`Seed skipped: the database already holds ${row?.n} commitments.`);
      return;
    }
    throw new SeedError(
      `The database already holds ${row?.n} commitments. The seed only loads into an empty database; ` +
        'use --if-empty to skip quietly, or point DATABASE_URL at a new file.',
    );
  }
  const result = await insertSeedDataset(db, dataset, { until: args.until });
  console.log(
    `Seeded ${result.commitments} commitments, ${result.sources} sources, ${dataset.metrics.length} metrics, ` +
      `${result.observations} figures, ${result.updates} log entries, ${result.revisions} revisions and ` +
      `${result.plannedDates} planned dates${args.until ? ` (known by ${args.until})` : ''}.`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof SeedError ? `Seed refused: ${error.message}` : error);
    process.exitCode = 1;
  })
  .finally(closeDb);
