import { and, eq, sql } from 'drizzle-orm';
import { writeTransaction, type Database } from '../client';
import { sources } from '../schema';
import type { SourceInput } from '../../lib/validation';
import { tr } from '../../lib/server-text';
import { type Actor, ConflictError, InputError, audit } from './common';
import { queueArchives } from './archives';

export async function saveSource(db: Database, { input, actor }: { input: SourceInput; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    const [taken] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.slug, input.slug));
    if (taken && taken.id !== input.id) throw new InputError({ slug: [tr('Another source already uses this slug.')] });
    const values = {
      slug: input.slug,
      title: input.title,
      publisher: input.publisher ?? null,
      publishedOn: input.publishedOn,
      place: input.place ?? null,
      url: input.url ?? null,
      kind: input.kind,
      description: input.description ?? null,
    };
    if (input.id === undefined) {
      const [inserted] = await tx.insert(sources).values(values).returning({ id: sources.id, version: sources.version });
      await audit(tx, actor, 'create-source', 'source', inserted!.id, { version: inserted!.version, slug: input.slug });
      await queueArchives(tx, [values.url]);
      return { id: inserted!.id, slug: input.slug, version: inserted!.version };
    }
    const claimed = await tx
      .update(sources)
      .set({ ...values, version: sql`${sources.version} + 1` })
      .where(and(eq(sources.id, input.id), eq(sources.version, input.expectedVersion ?? 0)))
      .returning({ version: sources.version });
    if (!claimed[0]) {
      const [current] = await tx.select({ version: sources.version }).from(sources).where(eq(sources.id, input.id));
      if (!current) throw new InputError({ id: [tr('This source no longer exists.')] });
      throw new ConflictError('source', input.id, input.expectedVersion ?? 0, current.version);
    }
    await audit(tx, actor, 'edit-source', 'source', input.id, { version: claimed[0].version, slug: input.slug });
    // A new address is queued; one already archived keeps its copy.
    await queueArchives(tx, [values.url]);
    return { id: input.id, slug: input.slug, version: claimed[0].version };
  });
}
