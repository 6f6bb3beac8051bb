import 'server-only';
import { forbidden, redirect, unauthorized } from 'next/navigation';
import { revalidatePath, updateTag } from 'next/cache';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { currentUser } from '@/auth';
import { getDb } from '@/db/client';
import { PUBLIC_DATA_TAG } from '@/db/cache';
import { ConflictError, InputError, type Actor } from '@/db/mutations';
import { listChangesSince } from '@/db/queries';
import type { Role } from '@/lib/domain';
import type { Database } from '@/db/client';

// The one wrapper every editor mutation goes through: (1) the signed-in user is
// re-read from the database and their role checked, (2) the form is validated with zod,
// (3) the write runs in db/mutations.ts inside a transaction, (4) the public cache is
// dropped so the next visit is fresh. proxy.ts only redirects early; this is the gate.

export type ConflictChange = { when: string; who: string; action: string; details: string };

export type ActionState = {
  status: 'idle' | 'ok' | 'error' | 'conflict';
  /** New on every response. Forms use it as their key: React resets a form after an
   * action, and remounting with the returned values is what restores selects too. */
  nonce?: string;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the user typed, so the form can show it again after an error. */
  values?: Record<string, string | string[]>;
  conflict?: { currentVersion: number; changes: ConflictChange[] };
  /** Extra data a successful action hands back to the form (e.g. a one-time password). */
  result?: Record<string, string>;
  /** CSV import preview: each row as read, with its errors. */
  preview?: { line: number; period: string; value: string; source: string; note: string; errors: string[] }[];
};

export type ActionContext = { actor: Actor; role: Role; db: Database };
export type ActionOutcome = {
  message: string;
  redirectTo?: string;
  result?: Record<string, string>;
  preview?: ActionState['preview'];
  /** Set when the outcome is a refusal that wrote nothing (e.g. an invalid CSV). */
  failed?: boolean;
  /** False when nothing was written, so the public cache can stay. */
  wrote?: boolean;
};

/** React always sends the form; only a hand-made request sends something else, or nothing. */
export const NOT_A_FORM: ActionState = {
  status: 'error',
  message: 'The request did not carry a form, so nothing was changed. Submit the form again.',
};

/** FormData to a plain object; names ending in [] (and repeated names) become arrays. */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    const name = key.endsWith('[]') ? key.slice(0, -2) : key;
    values[name] = key.endsWith('[]') || all.length > 1 ? all : (all[0] ?? '');
  }
  return values;
}

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

function describeChange(details: unknown): string {
  if (!details || typeof details !== 'object') return '';
  const d = details as Record<string, unknown>;
  const parts: string[] = [];
  if (Array.isArray(d.fields) && d.fields.length) parts.push(`changed ${d.fields.join(', ')}`);
  if (typeof d.verdict === 'string') parts.push(`verdict ${d.verdict}`);
  if (typeof d.stage === 'string') parts.push(`stage ${d.stage}`);
  if (typeof d.asOf === 'string') parts.push(`as of ${d.asOf}`);
  if (d.newTargetValue !== null && d.newTargetValue !== undefined) parts.push(`target ${String(d.newTargetValue)}`);
  if (typeof d.newDeadlineOn === 'string') parts.push(`deadline ${d.newDeadlineOn}`);
  return parts.join('; ');
}

export function editorAction<Schema extends z.ZodType>(
  options: {
    schema: Schema | (() => Schema);
    role?: Role;
    /** Reshape the raw form values before validation (e.g. pair up evidence fields). */
    prepare?: (values: Record<string, string | string[]>) => unknown;
  },
  run: (input: z.output<Schema>, ctx: ActionContext) => Promise<ActionOutcome>,
) {
  const handle = async (formData: FormData): Promise<ActionState> => {
    const user = await currentUser();
    if (!user) unauthorized();
    if (options.role === 'admin' && user.role !== 'admin') forbidden();
    if (!(formData instanceof FormData)) return NOT_A_FORM;

    const values = formValues(formData);
    const schema = typeof options.schema === 'function' ? (options.schema as () => Schema)() : options.schema;
    const parsed = schema.safeParse(options.prepare ? options.prepare(values) : values);
    if (!parsed.success) {
      return { status: 'error', message: 'Please correct the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error), values };
    }

    let outcome: ActionOutcome;
    try {
      outcome = await run(parsed.data, { actor: { id: user.id, name: user.name }, role: user.role, db: await getDb() });
    } catch (error) {
      if (error instanceof InputError) return { status: 'error', message: error.message, fieldErrors: error.fieldErrors, values };
      if (error instanceof ConflictError) {
        const changes = await listChangesSince({ entity: error.entity, entityId: error.entityId, afterVersion: error.expectedVersion });
        return {
          status: 'conflict',
          message: `${error.message} Nothing was saved. Review their changes below; your input is kept, and saving again will apply it on top.`,
          conflict: {
            currentVersion: error.currentVersion,
            changes: changes.map((c) => ({
              when: c.createdAt,
              who: c.actorName ?? 'someone',
              action: c.action.replace(/-/g, ' '),
              details: describeChange(c.details),
            })),
          },
          values: { ...values, expectedVersion: String(error.currentVersion) },
        };
      }
      const code = (error as { code?: string } | null)?.code ?? '';
      if (code.startsWith('SQLITE_BUSY')) {
        // Another server process held the database for longer than the busy timeout.
        return { status: 'error', message: 'The database is busy with another save. Nothing was changed; please save again in a moment.', values };
      }
      console.error('Editor action failed', error);
      return { status: 'error', message: 'The change could not be saved because of a server error. Nothing was changed; please try again.', values };
    }

    if (outcome.wrote !== false) {
      // Writes are rare: drop every cached public page and list so the next visit is fresh.
      revalidatePath('/', 'layout');
      updateTag(PUBLIC_DATA_TAG);
    }
    if (outcome.redirectTo) redirect(outcome.redirectTo);
    return {
      status: outcome.failed ? 'error' : 'ok',
      message: outcome.message,
      result: outcome.result,
      preview: outcome.preview,
      values: outcome.wrote === false ? values : undefined,
    };
  };
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => ({
    ...(await handle(formData)),
    nonce: randomUUID(),
  });
}
