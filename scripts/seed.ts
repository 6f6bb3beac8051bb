import { sql } from 'drizzle-orm';
import { closeDb, getDb } from '../db/client';
import { insertSeedDataset, SeedError } from '../db/mutations';
import { commitments } from '../db/schema';
import { dataset } from '../db/seed/data';

// Loads the Dushanbe dataset into an empty database. With --if-empty it does nothing
// when commitments already exist, so the quick-start command can run it every time
// without touching what editors have entered.
async function main() {
  const ifEmpty = process.argv.includes('--if-empty');
  const db = await getDb();
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(commitments);
  if ((row?.n ?? 0) > 0) {
    if (ifEmpty) {
      console.log(`Seed skipped: the database already holds ${row?.n} commitments.`);
      return;
    }
    throw new SeedError(
      `The database already holds ${row?.n} commitments. The seed only loads into an empty database; ` +
        'use --if-empty to skip quietly, or point DATABASE_URL at a new file.',
    );
  }
  const result = await insertSeedDataset(db, dataset);
  console.log(
    `Seeded ${result.commitments} commitments, ${dataset.sources.length} sources, ` +
      `${dataset.metrics.length} metrics and ${dataset.observations.length} observations.`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof SeedError ? `Seed refused: ${error.message}` : error);
    process.exitCode = 1;
  })
  .finally(closeDb);
