import { afterAll, beforeAll, expect, it } from 'vitest';
import { commitments } from './schema';
import { openTestDatabase, type TestDatabase } from './test-database';
import { dataset } from './seed/data';

// On its own database: the seed's all-or-nothing promise holds for its translations too.
// (A file of its own because the database client is one per process.)

let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDatabase();
});

afterAll(async () => {
  await t?.close();
});

it('refuses a translation for a commitment the dataset does not have, loading nothing', async () => {
  const broken = { ...dataset, translations: { commitments: { 'no-such-commitment': { ru: { title: 'Нет', summary: 'Нет' } } }, metrics: {} } };
  await expect(t.mutations.insertSeedDataset(t.db, broken)).rejects.toThrow('Translation for unknown commitment "no-such-commitment"');
  expect(await t.count(commitments)).toBe(0);
});
