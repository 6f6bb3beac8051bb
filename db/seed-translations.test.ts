import { afterAll, beforeAll, expect, it } from 'vitest';
import { commitments, metrics, sources } from './schema';
import { openTestDatabase, type TestDatabase } from './test-database';
import { dataset } from './seed/data';
import { insertSeedDataset, SeedError } from './seed/load';

// On its own database: the seed's all-or-nothing promise holds for its translations too.
// (A file of its own because the database client is one per process.) The metric case runs
// first: if a broken dataset ever loaded, the database would no longer be empty.

let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDatabase();
});

afterAll(async () => {
  await t?.close();
});

async function nothingLoaded() {
  expect(await t.count(commitments)).toBe(0);
  expect(await t.count(metrics)).toBe(0);
  expect(await t.count(sources)).toBe(0);
}

it('refuses a translation for a metric the dataset does not have, loading nothing', async () => {
  const broken = {
    ...dataset,
    translations: { commitments: {}, metrics: { 'no-such-metric': { ru: { name: 'Нет', unit: 'нет', description: 'Нет' } } } },
  };
  const attempt = insertSeedDataset(t.db, broken);
  await expect(attempt).rejects.toBeInstanceOf(SeedError);
  await expect(attempt).rejects.toThrow('Translation for unknown metric "no-such-metric"');
  await nothingLoaded();
});

it('refuses a translation for a commitment the dataset does not have, loading nothing', async () => {
  const broken = { ...dataset, translations: { commitments: { 'no-such-commitment': { ru: { title: 'Нет', summary: 'Нет' } } }, metrics: {} } };
  const attempt = insertSeedDataset(t.db, broken);
  await expect(attempt).rejects.toBeInstanceOf(SeedError);
  await expect(attempt).rejects.toThrow('Translation for unknown commitment "no-such-commitment"');
  await nothingLoaded();
});
