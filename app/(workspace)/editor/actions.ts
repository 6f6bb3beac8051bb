'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import {
  addObservation,
  addPlannedDate,
  addStatusUpdate,
  addTargetRevision,
  createUser,
  importObservations,
  InputError,
  makeArchivesDue,
  purgeSuggestion,
  rejectSuggestion,
  preferObservation,
  saveCommitment,
  saveCommitmentTranslations,
  saveMetric,
  saveSource,
  removeSecondFactor,
  setUserDisabled,
  setUserPassword,
  setUserRole,
} from '@/db/mutations';
import { findUserForSignIn, getUserById, listSourceOptions } from '@/db/queries';
import { editorAction } from '@/lib/server/editor-action';
import { rejectSuggestionSchema, suggestionIdSchema } from '@/lib/suggestions';
import { todayIso } from '@/lib/clock';
import { parseObservationsCsv } from '@/lib/csv-observations';
import { generatePassword, hashPassword, verifyPassword } from '@/lib/password';
import { weakPasswordProblem } from '@/lib/password-strength';
import { env } from '@/lib/env';
import {
  changePasswordSchema,
  changeRoleSchema,
  commitmentSchema,
  commitmentTranslationsSchema,
  csvImportSchema,
  inviteUserSchema,
  metricSchema,
  observationSchema,
  plannedDateSchema,
  preferObservationSchema,
  setDisabledSchema,
  sourceSchema,
  statusUpdateSchema,
  targetRevisionSchema,
  userIdSchema,
  archiveIdSchema,
} from '@/lib/validation';

const asArray = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Pairs the repeated evidence URL and title inputs, dropping rows left empty. */
function withEvidence(values: Record<string, string | string[]>) {
  const urls = asArray(values.evidenceUrl);
  const titles = asArray(values.evidenceTitle);
  const evidence = urls.map((url, i) => ({ url: url.trim(), title: (titles[i] ?? '').trim() })).filter((e) => e.url !== '' || e.title !== '');
  return { ...values, evidence };
}

export const logStatusUpdate = editorAction(
  {
    schema: () => statusUpdateSchema(todayIso(), { maxFileBytes: Math.round(env().EVIDENCE_FILE_MAX_MB * 1024 * 1024) }),
    prepare: (values, files) => ({ ...withEvidence(values), attachment: files.attachment }),
  },
  async (input, { db, actor }) => {
    const saved = await addStatusUpdate(db, { input, actor });
    const message = input.correctsId
      ? 'Correction logged. The original entry stays in the log.'
      : input.suggestionId
        ? `Update logged and published; suggestion #${input.suggestionId} is marked accepted.`
        : input.entryType === 'review'
          ? 'Review logged: the commitment is marked as checked today; its verdict is unchanged.'
          : saved.observationId !== null
            ? 'Update logged and published; its figure was added to the series.'
            : 'Update logged and published.';
    return { message, result: { version: String(saved.version) }, publicData: 'changed', archiveUrls: input.evidence.map((e) => e.url) };
  },
);

export const recordTargetRevision = editorAction({ schema: targetRevisionSchema }, async (input, { db, actor }) => {
  const saved = await addTargetRevision(db, { input, actor });
  const future = input.revisedOn > todayIso();
  return {
    message: future
      ? `Revision recorded. It takes effect on ${input.revisedOn}; until then the current terms stay in force.`
      : 'Revision recorded. The previous terms stay visible in the history.',
    result: { version: String(saved.version) },
    publicData: 'changed',
  };
});

export const recordPlannedDate = editorAction({ schema: () => plannedDateSchema(todayIso()) }, async (input, { db, actor }) => {
  const saved = await addPlannedDate(db, { input, actor });
  return { message: 'Planned completion date recorded with its source.', result: { version: String(saved.version) }, publicData: 'changed' };
});

export const saveMetricAction = editorAction({ schema: metricSchema }, async (input, { db, actor }) => {
  const saved = await saveMetric(db, { input, actor });
  return { message: 'Metric saved.', redirectTo: `/editor/metrics/${saved.slug}?saved=1`, publicData: 'changed' };
});

export const addObservationAction = editorAction({ schema: observationSchema }, async (input, { db, actor }) => {
  const saved = await addObservation(db, { input, actor });
  return {
    message: saved.preferred
      ? `Figure for ${input.period} added and used as the preferred figure.`
      : `Figure for ${input.period} added beside the preferred one.`,
    publicData: 'changed',
  };
});

export const preferObservationAction = editorAction({ schema: preferObservationSchema }, async (input, { db, actor }) => {
  await preferObservation(db, { observationId: input.observationId, actor });
  return { message: 'Preferred figure changed; progress recomputed.', publicData: 'changed' };
});

export const importCsvAction = editorAction({ schema: csvImportSchema }, async (input, { db, actor }) => {
  const sources = await listSourceOptions();
  const bySlug = new Map(sources.map((s) => [s.slug, s.id]));
  const parsed = parseObservationsCsv(input.csv, { knownSourceSlugs: new Set(bySlug.keys()) });
  const preview = parsed.rows.map(({ line, period, value, source, note, errors }) => ({ line, period, value, source, note, errors }));
  if (parsed.fileError) throw new InputError({ csv: [parsed.fileError] }, 'The file could not be read. Nothing was imported.');
  const bad = parsed.rows.filter((r) => r.errors.length > 0).length;
  if (!parsed.valid) {
    return {
      message: `${bad} of ${parsed.rows.length} rows have errors. Nothing was imported; fix the file and preview again.`,
      preview,
      failed: true,
      publicData: 'unchanged',
    };
  }
  if (!input.confirm) {
    return {
      message: `All ${parsed.rows.length} rows are valid. Nothing is written until you confirm the import.`,
      preview,
      publicData: 'unchanged',
    };
  }
  const rows = parsed.rows.map((r) => ({ ...r.parsed!, sourceId: bySlug.get(r.parsed!.sourceSlug)! }));
  const saved = await importObservations(db, { metricId: input.metricId, rows, actor });
  return { message: `Imported ${saved.imported} figures.`, publicData: 'changed' };
});

export const saveCommitmentAction = editorAction(
  { schema: commitmentSchema, prepare: (v) => ({ ...v, countries: asArray(v.countries) }) },
  async (input, { db, actor }) => {
    const saved = await saveCommitment(db, { input, actor });
    return { message: 'Commitment saved.', redirectTo: `/editor/commitments/${saved.slug}?saved=1`, publicData: 'changed' };
  },
);

export const saveCommitmentTranslationsAction = editorAction({ schema: commitmentTranslationsSchema }, async (input, { db, actor }) => {
  const saved = await saveCommitmentTranslations(db, { input, actor });
  if (saved.changed.length === 0) return { message: 'Nothing to save: the translations are as they were.', publicData: 'unchanged' };
  return { message: 'Translations saved.', redirectTo: `/editor/commitments/${saved.slug}/translations?saved=1`, publicData: 'changed' };
});

export const saveSourceAction = editorAction({ schema: sourceSchema }, async (input, { db, actor }) => {
  await saveSource(db, { input, actor });
  return { message: 'Source saved.', redirectTo: '/editor/sources?saved=1', publicData: 'changed', archiveUrls: input.url ? [input.url] : [] };
});

/** A one-time password for an invitation or a reset: shown once, valid for ONE_TIME_PASSWORD_TTL_HOURS. */
async function oneTimePassword() {
  const password = generatePassword(20);
  const hours = env().ONE_TIME_PASSWORD_TTL_HOURS;
  return { password, passwordHash: await hashPassword(password), passwordExpiresAt: new Date(Date.now() + hours * 3_600_000).toISOString(), hours };
}

// Accounts are the workspace's own: public pages credit "the editors", never a person. So user
// admin leaves the public cache alone ('unchanged'), and refresh() redraws only the users table
// the admin is looking at (which dropping the whole public cache used to do as a side effect).

export const inviteUserAction = editorAction({ schema: inviteUserSchema, role: 'admin' }, async (input, { db, actor }) => {
  const { password, passwordHash, passwordExpiresAt, hours } = await oneTimePassword();
  await createUser(db, { ...input, passwordHash, passwordExpiresAt, mustChangePassword: true, actor });
  refresh();
  return {
    message: `Account created for ${input.email}. Give them this one-time password; it is shown only now, works for ${hours} hours and must be changed at first sign-in.`,
    result: { password, email: input.email },
    publicData: 'unchanged',
  };
});

export const resetPasswordAction = editorAction({ schema: userIdSchema, role: 'admin' }, async (input, { db, actor }) => {
  const user = await getUserById({ id: input.userId });
  if (!user) throw new InputError({ userId: ['This user no longer exists.'] });
  if (user.id === actor.id)
    throw new InputError({ userId: ['Change your own password on the Password page; another admin can give you a one-time password.'] });
  const { password, passwordHash, passwordExpiresAt, hours } = await oneTimePassword();
  await setUserPassword(db, { userId: user.id, passwordHash, passwordExpiresAt, mustChangePassword: true, actor });
  refresh();
  return {
    message: `New one-time password for ${user.email}; their sessions have ended. It is shown only now, works for ${hours} hours and must be changed at first sign-in.`,
    result: { password, email: user.email },
    publicData: 'unchanged',
  };
});

export const resetSecondFactorAction = editorAction({ schema: userIdSchema, role: 'admin' }, async (input, { db, actor }) => {
  const user = await getUserById({ id: input.userId });
  if (!user) throw new InputError({ userId: ['This user no longer exists.'] });
  if (!user.totpEnabled) throw new InputError({ userId: [`${user.email} has no second factor to reset.`] });
  if (user.id === actor.id) throw new InputError({ userId: ['Another admin must reset your own second factor.'] });
  await removeSecondFactor(db, { userId: user.id, actor });
  refresh();
  return {
    message: `Second factor of ${user.email} removed and their sessions ended. They set up a new one at their next sign-in.`,
    publicData: 'unchanged',
  };
});

export const changeRoleAction = editorAction({ schema: changeRoleSchema, role: 'admin' }, async (input, { db, actor }) => {
  await setUserRole(db, { userId: input.userId, role: input.role, actor });
  refresh();
  return { message: 'Role changed. The user’s sessions have ended; they sign in again with the new role.', publicData: 'unchanged' };
});

export const setDisabledAction = editorAction({ schema: setDisabledSchema, role: 'admin' }, async (input, { db, actor }) => {
  await setUserDisabled(db, { userId: input.userId, disabled: input.disabled, actor });
  refresh();
  return { message: input.disabled ? 'Account disabled. Its sessions have ended.' : 'Account enabled.', publicData: 'unchanged' };
});

export const changePasswordAction = editorAction(
  // Passwords are never echoed back into the form (lib/server/editor-action.ts).
  { schema: changePasswordSchema, step: 'password-change' },
  async (input, { db, actor, sessionId }) => {
    const account = await getUserById({ id: actor.id });
    const me = account ? await findUserForSignIn({ email: account.email }) : null;
    if (!me || !(await verifyPassword(input.currentPassword, me.passwordHash))) {
      throw new InputError({ currentPassword: ['This is not your current password.'] });
    }
    const weak = await weakPasswordProblem(input.newPassword, [me.email, me.name]);
    if (weak) throw new InputError({ newPassword: [weak] });
    // Every other session of this user ends: a copied cookie stops working now.
    await setUserPassword(db, {
      userId: actor.id,
      passwordHash: await hashPassword(input.newPassword),
      mustChangePassword: false,
      keepSession: sessionId,
      actor,
    });
    return { message: 'Password changed.', redirectTo: '/editor?password-changed=1', publicData: 'unchanged' };
  },
);

/** The moderation queue: a suggestion an editor will not publish, with the reason (kept with it). */
export const rejectSuggestionAction = editorAction({ schema: rejectSuggestionSchema }, async ({ id, reason }, { db, actor }) => {
  await rejectSuggestion(db, { id, reason, actor });
  return { message: `Suggestion #${id} rejected; the reason is kept with it.`, publicData: 'unchanged' };
});

/** An admin erases a sender's name, email, address key and unpublished file (their words stay). */
export const purgeSuggestionAction = editorAction({ schema: suggestionIdSchema, role: 'admin' }, async ({ id }, { db, actor }) => {
  await purgeSuggestion(db, { id, actor });
  return { message: `Personal data of suggestion #${id} erased.`, publicData: 'unchanged' };
});

/** "Check again now" on the workspace's archive page: fetches one address at once, while the editor waits. */
export const recheckArchiveAction = editorAction({ schema: archiveIdSchema }, async ({ id }, { db }) => {
  const { archiveNow } = await import('@/lib/server/evidence-archive');
  const [url] = await makeArchivesDue(db, { id });
  if (!url)
    return {
      message: 'This address cannot be fetched (refused, or no longer in the archive); nothing was tried.',
      failed: true,
      publicData: 'unchanged',
    };
  if (env().EVIDENCE_ARCHIVE === 'off')
    return {
      message: 'The evidence archive is off on this server (EVIDENCE_ARCHIVE=off); nothing was fetched.',
      failed: true,
      publicData: 'unchanged',
    };
  const { results } = await archiveNow([url]);
  const outcome = results[0];
  const said = !outcome
    ? 'Another check of this address is running; its result will show here shortly.'
    : outcome.recorded === 'archived'
      ? 'Archived: a copy is stored.'
      : outcome.recorded === 'alive'
        ? 'Checked: the link answers.'
        : outcome.recorded === 'dead'
          ? `Checked: the link no longer answers (${outcome.reason}${outcome.status ? ` ${outcome.status}` : ''}); readers are pointed to the copy.`
          : `Not archived (${outcome.reason}${outcome.status ? ` ${outcome.status}` : ''}).`;
  return { message: `${url}: ${said}`, publicData: outcome ? 'changed' : 'unchanged' };
});

export const snapshotNowAction = editorAction({ schema: z.object({}), role: 'admin' }, async (_input, { actor }) => {
  const { generateSnapshot, SnapshotError } = await import('@/lib/server/snapshot');
  try {
    const result = await generateSnapshot({ trigger: 'manual', actor });
    // The public archive (/snapshots) lists it and serves its PDF.
    return {
      message: `Snapshot #${result.id} stored (${(result.sizeBytes / 1024).toFixed(0)} KiB, ${(result.milliseconds / 1000).toFixed(1)} s).`,
      publicData: 'changed',
    };
  } catch (error) {
    if (error instanceof SnapshotError) return { message: error.message, failed: true, publicData: 'unchanged' };
    throw error;
  }
});
