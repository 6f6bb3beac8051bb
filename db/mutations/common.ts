import type { Role } from '../../lib/domain';
import { tr } from '../../lib/server-text';
import { and, eq, sql } from 'drizzle-orm';
import { type Database } from '../client';
import { auditEvents, commitments, sources } from '../schema';

// What every write module shares: the executor types, the errors a write can refuse with, the
// audit trail, version claims and the checks against a source's publication date.

/** A transaction or the database itself: both run the same query builders. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

/** Today in UTC; recomputations take it as an argument so tests can fix the date. */
export const today = () => new Date().toISOString().slice(0, 10);

/** The latest of some ISO dates or timestamps, as a date; null when there is none. */
export function latestDay(values: (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const v of values) if (v && (best === null || v.slice(0, 10) > best)) best = v.slice(0, 10);
  return best;
}
// ---------------------------------------------------------------- editors' writes

/** Who writes: the account, and its role at the time (kept in the audit log, shown publicly for record changes). */
export type Actor = { id: number; name: string; role?: Role };

/** Input that passed zod but breaks a rule that needs the database (unknown id, taken slug). */
export class InputError extends Error {
  /** Whether the message is the generic one, which the workspace says in the editor's language. */
  readonly generic: boolean;
  constructor(
    readonly fieldErrors: Record<string, string[]>,
    message?: string,
  ) {
    super(message ?? 'Please correct the highlighted fields.');
    this.generic = message === undefined;
  }
}

/** Someone else saved the same record since the form was opened. */
export class ConflictError extends Error {
  constructor(
    readonly entity: 'commitment' | 'source' | 'metric',
    readonly entityId: number,
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(
      entity === 'commitment'
        ? tr('This commitment was changed by someone else after you opened the form.')
        : entity === 'source'
          ? tr('This source was changed by someone else after you opened the form.')
          : tr('This metric was changed by someone else after you opened the form.'),
    );
  }
}

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export async function audit(tx: Tx, actor: Actor | null, action: string, entity: string, entityId: number | null, details: Record<string, unknown>) {
  await tx.insert(auditEvents).values({ actorId: actor?.id ?? null, action, entity, entityId, details });
}

/** Claims the next version of a commitment, or throws ConflictError if it moved on. */
export async function bumpCommitmentVersion(tx: Tx, commitmentId: number, expectedVersion: number): Promise<number> {
  const claimed = await tx
    .update(commitments)
    .set({ version: sql`${commitments.version} + 1`, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
    .where(and(eq(commitments.id, commitmentId), eq(commitments.version, expectedVersion)))
    .returning({ version: commitments.version });
  if (claimed[0]) return claimed[0].version;
  const [current] = await tx.select({ version: commitments.version }).from(commitments).where(eq(commitments.id, commitmentId));
  if (!current) throw new InputError({ commitmentId: [tr('This commitment no longer exists.')] });
  throw new ConflictError('commitment', commitmentId, expectedVersion, current.version);
}

export async function assertSource(tx: Tx, sourceId: number | undefined, field = 'sourceId') {
  if (sourceId === undefined) return;
  const [row] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.id, sourceId));
  if (!row) throw new InputError({ [field]: [tr('Choose a source from the list.')] });
}

/** Sources with a publication date, for the "as-of after publication" check. */
export async function sourcePublishedOn(tx: Tx, sourceId: number | undefined, field = 'sourceId'): Promise<string | null> {
  if (sourceId === undefined) return null;
  const [row] = await tx.select({ publishedOn: sources.publishedOn }).from(sources).where(eq(sources.id, sourceId));
  if (!row) throw new InputError({ [field]: [tr('Choose a source from the list.')] });
  return row.publishedOn;
}

/** A later as-of date than the source's publication needs the editor's confirmation: a source cannot report what came after it. */
export function assertDateAgainstSource(asOf: string, publishedOn: string | null, confirmed: boolean, field = 'asOf') {
  if (publishedOn === null || asOf <= publishedOn || confirmed) return;
  throw new InputError(
    {
      [field]: [
        tr('This date is later than the source’s publication date ({publishedOn}). A source cannot report what happened after it was published.', {
          publishedOn,
        }),
      ],
      confirmDate: [tr('Tick to confirm the date anyway (e.g. the source announces a scheduled event), or change the date or the source.')],
    },
    tr('Please check the date: it is later than the source was published.'),
  );
}
