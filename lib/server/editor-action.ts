import 'server-only';
import { forbidden, redirect, unauthorized } from 'next/navigation';
import { revalidatePath, revalidateTag, updateTag } from 'next/cache';
import { after } from 'next/server';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { PUBLIC_DATA_TAG } from '@/db/cache';
import { ConflictError, InputError, type Actor } from '@/db/mutations';
import { listChangesSince } from '@/db/queries';
import type { Role } from '@/lib/domain';
import type { Database } from '@/db/client';
import { authorize, type PendingStep } from './access';
import { inLocale } from '@/lib/server-text';
import { archiveNow } from './evidence-archive';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';

// The one wrapper every editor mutation goes through: (1) the signed-in user is
// re-read from the database and their role checked, (2) the form is validated with zod,
// (3) the write runs in db/mutations.ts inside a transaction, (4) when the action says its
// outcome changed public data, the public cache is dropped so the next visit is fresh.
// proxy.ts only redirects early; this is the gate.

export type ConflictChange = { when: string; who: string; action: string; details: string };

/** What an action may hand back to its form: a plain object of strings, sent as is. An action
 * whose write moves an entity's version hands the new one back as `version` (useEditorForm sends it next). */
export type ActionResult = Record<string, string>;

/** One row of a CSV import preview, as read, with its errors. */
export type CsvPreviewRow = { line: number; period: string; value: string; source: string; note: string; errors: string[] };

/**
 * What an action answers and its form reads (React's useActionState). `R` is what that action
 * hands back on success, inferred by editorAction from its run function (`never`: nothing).
 * Without an argument it is the state of an action one does not know, as a test client reads
 * it off the wire.
 */
export type ActionState<R extends ActionResult = ActionResult> = {
  status: 'idle' | 'ok' | 'error' | 'conflict';
  /** New on every response. Forms use it as their key: React resets a form after an
   * action, and remounting with the returned values is what restores selects too. */
  nonce?: string;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the user typed (without secrets), so the form can show it again after an error; also
   * after an outcome that left public data unchanged (a CSV preview keeps its text). */
  values?: Record<string, string | string[]>;
  conflict?: { currentVersion: number; changes: ConflictChange[] };
  /** What a successful action hands back to the form (e.g. a one-time password). */
  result?: R;
  /** CSV import preview: each row as read, with its errors. */
  preview?: CsvPreviewRow[];
};

export type ActionContext = {
  actor: Actor;
  role: Role;
  db: Database;
  sessionId: string;
  /** The workspace language of the editor acting: outcome messages are said in it. */
  locale: Locale;
};

/**
 * Whether an outcome changed what the public site shows, said by every action on every path:
 * 'changed' drops the whole public cache (every page, list and API body); 'unchanged' keeps it,
 * and the form gets back what was typed (e.g. a CSV preview keeps its text).
 */
type PublicData = 'changed' | 'unchanged';

type OutcomeBase = {
  message: string;
  preview?: CsvPreviewRow[];
};

/** What an action's run function returns: a success, or a refusal that wrote nothing public. */
export type ActionOutcome<R extends ActionResult = never> =
  | (OutcomeBase & {
      publicData: PublicData;
      failed?: false;
      redirectTo?: string;
      /** Evidence addresses the write queued: fetched for the archive right after the answer. */
      archiveUrls?: string[];
      result?: R;
    })
  | (OutcomeBase & {
      /** A refusal (e.g. an invalid CSV, a wrong code): the form shows it as an error. */
      failed: true;
      publicData: 'unchanged';
    });

/** React always sends the form; only a hand-made request sends something else, or nothing. */
export const NOT_A_FORM: ActionState<never> = {
  status: 'error',
  message: 'The request did not carry a form, so nothing was changed. Submit the form again.',
};

/** Fields whose values never go back to the browser: passwords and second-factor codes. */
const SECRET_FIELD = /password|^code$|recoveryCode/i;

/** The typed values a form gets back after a refusal, without any secret. */
export function echoedValues(values: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !SECRET_FIELD.test(name)));
}

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

/** A file sent with a form, read into memory (the form's size is capped by proxy.ts and Next). */
export type FormFile = { name: string; bytes: Uint8Array };

/** The form's non-empty files by field name (a file input left empty sends an empty file). */
export async function formFiles(formData: FormData): Promise<Record<string, FormFile>> {
  const files: Record<string, FormFile> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' || value.size === 0 || key in files) continue;
    files[key] = { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
  }
  return files;
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

export function editorAction<Schema extends z.ZodType, R extends ActionResult = never>(
  options: {
    schema: Schema | (() => Schema);
    role?: Role;
    /** The pending step this action serves (changing a one-time password, the second factor). */
    step?: PendingStep;
    /** Reshape the raw form values before validation (e.g. pair up evidence fields, add a file). */
    prepare?: (values: Record<string, string | string[]>, files: Record<string, FormFile>) => unknown;
  },
  run: (input: z.output<Schema>, ctx: ActionContext) => Promise<ActionOutcome<R>>,
): (previous: ActionState<R>, formData: FormData) => Promise<ActionState<R>> {
  const handle = async (formData: FormData): Promise<ActionState<R>> => {
    // The same policy as the pages: a user who still owes a step (a one-time password to
    // replace, a second factor) gets 403 here, not only a redirect on the page.
    const access = await authorize({ role: options.role === 'admin' ? 'admin' : undefined, step: options.step });
    if (!access.ok) {
      if (access.denial === 'signed-out') unauthorized();
      forbidden();
    }
    const { user, session } = access;
    if (!(formData instanceof FormData)) return NOT_A_FORM;
    const locale: Locale = user.locale ?? routing.defaultLocale;
    const say = await getTranslations({ locale, namespace: 'workspace.action' });

    // Validation and the writes' rules speak the editor's language (lib/server-text.ts).
    return inLocale(locale, async (): Promise<ActionState<R>> => {
      const raw = formValues(formData);
      const values = echoedValues(raw);
      const schema = typeof options.schema === 'function' ? (options.schema as () => Schema)() : options.schema;
      const files = await formFiles(formData);
      const parsed = schema.safeParse(options.prepare ? options.prepare(raw, files) : raw);
      if (!parsed.success) {
        const fieldErrors = fieldErrorsOf(parsed.error);
        // A browser cannot refill a file input: say so, rather than let the file seem kept.
        const fileNote = Object.keys(files).length > 0 ? ` ${say('fileAgain')}` : '';
        return { status: 'error', message: `${say('correct')}${fileNote}`, fieldErrors, values };
      }

      let outcome: ActionOutcome<R>;
      try {
        outcome = await run(parsed.data, {
          actor: { id: user.id, name: user.name, role: user.role },
          role: user.role,
          db: await getDb(),
          sessionId: session.id,
          locale,
        });
      } catch (error) {
        if (error instanceof InputError)
          return { status: 'error', message: error.generic ? say('correct') : error.message, fieldErrors: error.fieldErrors, values };
        if (error instanceof ConflictError) {
          const changes = await listChangesSince({ entity: error.entity, entityId: error.entityId, afterVersion: error.expectedVersion });
          return {
            status: 'conflict',
            message: `${error.message} ${say('conflict')}`,
            conflict: {
              currentVersion: error.currentVersion,
              changes: changes.map((c) => ({
                when: c.createdAt,
                who: c.actorName ?? say('someone'),
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
          return { status: 'error', message: say('busy'), values };
        }
        console.error('Editor action failed', error);
        return { status: 'error', message: say('server'), values };
      }

      if (outcome.publicData === 'changed') {
        // Writes are rare: drop every cached public page and list so the next visit is fresh.
        revalidatePath('/', 'layout');
        updateTag(PUBLIC_DATA_TAG);
      }
      if (!outcome.failed && outcome.archiveUrls && outcome.archiveUrls.length > 0) {
        const urls = outcome.archiveUrls;
        // After the response: the editor never waits for a slow site. A copy made (or a failure
        // recorded) is then shown at once, as a save is.
        after(async () => {
          const { changed } = await archiveNow(urls);
          if (changed > 0) {
            revalidatePath('/', 'layout');
            revalidateTag(PUBLIC_DATA_TAG, { expire: 0 });
          }
        });
      }
      if (!outcome.failed && outcome.redirectTo) redirect(outcome.redirectTo);
      return {
        status: outcome.failed ? 'error' : 'ok',
        message: outcome.message,
        result: outcome.failed ? undefined : outcome.result,
        preview: outcome.preview,
        values: outcome.publicData === 'unchanged' ? values : undefined,
      };
    });
  };
  return async (_previous, formData) => ({
    ...(await handle(formData)),
    nonce: randomUUID(),
  });
}

/**
 * The wrapper for the one public form (a reader's suggestion): the same steps as editorAction
 * without an account. No access policy, as anyone may write; the form's own limits (size,
 * rate, honeypot) are the run function's job, inside its write. Field errors are message keys
 * (lib/suggestions.ts) said in the form's language, which the form sends (`locale`).
 */
export function publicFormAction<Schema extends z.ZodType>(
  options: {
    schema: Schema;
    /** Where the error keys live, e.g. 'suggest.errors'. */
    errorsNamespace: string;
    prepare?: (values: Record<string, string | string[]>, files: Record<string, FormFile>) => unknown;
  },
  run: (
    input: z.output<Schema>,
    ctx: { db: Database; locale: Locale; say: (key: string, values?: Record<string, string | number>) => string },
  ) => Promise<ActionOutcome>,
): (previous: ActionState, formData: FormData) => Promise<ActionState> {
  const handle = async (formData: FormData): Promise<ActionState> => {
    if (!(formData instanceof FormData)) return NOT_A_FORM;
    const raw = formValues(formData);
    const values = echoedValues(raw);
    const requested = typeof raw.locale === 'string' ? raw.locale : '';
    const locale: Locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
    const t = await getTranslations({ locale, namespace: options.errorsNamespace as never });
    const say = (key: string, vars?: Record<string, string | number>) =>
      t.has(key as never) ? t(key as never, vars as never) : t('invalid' as never);
    const files = await formFiles(formData);
    const parsed = options.schema.safeParse(options.prepare ? options.prepare(raw, files) : raw);
    if (!parsed.success) {
      const fieldErrors = Object.fromEntries(
        Object.entries(fieldErrorsOf(parsed.error)).map(([field, keys]) => [field, keys.map((key) => say(key))]),
      );
      const fileNote = Object.keys(files).length > 0 ? ` ${say('fileAgain')}` : '';
      return { status: 'error', message: `${say('correct')}${fileNote}`, fieldErrors, values };
    }
    let outcome: ActionOutcome;
    try {
      outcome = await run(parsed.data, { db: await getDb(), locale, say });
    } catch (error) {
      if (error instanceof InputError) {
        const fieldErrors = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map((key) => say(key))]));
        return { status: 'error', message: say('correct'), fieldErrors, values };
      }
      const code = (error as { code?: string } | null)?.code ?? '';
      if (!code.startsWith('SQLITE_BUSY')) console.error('Public form failed', error);
      return { status: 'error', message: say('server'), values };
    }
    return {
      status: outcome.failed ? 'error' : 'ok',
      message: outcome.message,
      values: outcome.failed ? values : undefined,
    };
  };
  return async (_previous, formData) => ({ ...(await handle(formData)), nonce: randomUUID() });
}
