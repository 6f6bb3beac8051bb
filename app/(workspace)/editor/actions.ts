'use server';

import { refresh } from 'next/cache';
import { cookies } from 'next/headers';
import { getTranslations } from 'next-intl/server';
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
  setUserLocale,
  setUserPassword,
  setUserRole,
} from '@/db/mutations';
import { findUserForSignIn, getUserById, listSourceOptions } from '@/db/queries';
import { editorAction } from '@/lib/server/editor-action';
import { WORKSPACE_LOCALE_COOKIE } from '@/lib/server/workspace-i18n';
import { rejectSuggestionSchema, suggestionIdSchema } from '@/lib/suggestions';
import { todayIso } from '@/lib/clock';
import { parseObservationsCsv } from '@/lib/csv-observations';
import { generatePassword, hashPassword, verifyPassword } from '@/lib/password';
import { weakPasswordProblem } from '@/lib/password-strength';
import { env } from '@/lib/env';
import type { Locale } from '@/i18n/routing';
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
  workspaceLocaleSchema,
} from '@/lib/validation';

/** The outcome messages of these actions, in the acting editor's language. */
const say = (locale: Locale) => getTranslations({ locale, namespace: 'workspaceAdmin.actions' });

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
  async (input, { db, actor, locale }) => {
    const t = await say(locale);
    const saved = await addStatusUpdate(db, { input, actor });
    const message = input.correctsId
      ? t('statusUpdate.correction')
      : input.suggestionId
        ? t('statusUpdate.suggestionAccepted', { id: input.suggestionId })
        : input.entryType === 'review'
          ? t('statusUpdate.review')
          : saved.observationId !== null
            ? t('statusUpdate.withFigure')
            : t('statusUpdate.logged');
    return { message, result: { version: String(saved.version) }, publicData: 'changed', archiveUrls: input.evidence.map((e) => e.url) };
  },
);

export const recordTargetRevision = editorAction({ schema: targetRevisionSchema }, async (input, { db, actor, locale }) => {
  const t = await say(locale);
  const saved = await addTargetRevision(db, { input, actor });
  const future = input.revisedOn > todayIso();
  return {
    message: future ? t('targetRevision.future', { date: input.revisedOn }) : t('targetRevision.past'),
    result: { version: String(saved.version) },
    publicData: 'changed',
  };
});

export const recordPlannedDate = editorAction({ schema: () => plannedDateSchema(todayIso()) }, async (input, { db, actor, locale }) => {
  const t = await say(locale);
  const saved = await addPlannedDate(db, { input, actor });
  return { message: t('plannedDate'), result: { version: String(saved.version) }, publicData: 'changed' };
});

export const saveMetricAction = editorAction({ schema: metricSchema }, async (input, { db, actor, locale }) => {
  const t = await say(locale);
  const saved = await saveMetric(db, { input, actor });
  return { message: t('metricSaved'), redirectTo: `/editor/metrics/${saved.slug}?saved=1`, publicData: 'changed' };
});

export const addObservationAction = editorAction({ schema: observationSchema }, async (input, { db, actor, locale }) => {
  const t = await say(locale);
  const saved = await addObservation(db, { input, actor });
  return {
    message: saved.preferred ? t('observation.preferred', { period: input.period }) : t('observation.beside', { period: input.period }),
    publicData: 'changed',
  };
});

export const preferObservationAction = editorAction({ schema: preferObservationSchema }, async (input, { db, actor, locale }) => {
  const t = await say(locale);
  await preferObservation(db, { observationId: input.observationId, actor });
  return { message: t('observation.preferredChanged'), publicData: 'changed' };
});

export const importCsvAction = editorAction({ schema: csvImportSchema }, async (input, { db, actor, locale }) => {
  const t = await say(locale);
  const sources = await listSourceOptions();
  const bySlug = new Map(sources.map((s) => [s.slug, s.id]));
  const parsed = parseObservationsCsv(input.csv, { knownSourceSlugs: new Set(bySlug.keys()) });
  const preview = parsed.rows.map(({ line, period, value, source, note, errors }) => ({ line, period, value, source, note, errors }));
  if (parsed.fileError) throw new InputError({ csv: [parsed.fileError] }, t('csv.unreadable'));
  const bad = parsed.rows.filter((r) => r.errors.length > 0).length;
  if (!parsed.valid) {
    return {
      message: t('csv.errors', { bad, total: parsed.rows.length }),
      preview,
      failed: true,
      publicData: 'unchanged',
    };
  }
  if (!input.confirm) {
    return {
      message: t('csv.valid', { count: parsed.rows.length }),
      preview,
      publicData: 'unchanged',
    };
  }
  const rows = parsed.rows.map((r) => ({ ...r.parsed!, sourceId: bySlug.get(r.parsed!.sourceSlug)! }));
  const saved = await importObservations(db, { metricId: input.metricId, rows, actor });
  return { message: t('csv.imported', { count: saved.imported }), publicData: 'changed' };
});

export const saveCommitmentAction = editorAction(
  { schema: commitmentSchema, prepare: (v) => ({ ...v, countries: asArray(v.countries) }) },
  async (input, { db, actor, locale }) => {
    const t = await say(locale);
    const saved = await saveCommitment(db, { input, actor });
    return { message: t('commitmentSaved'), redirectTo: `/editor/commitments/${saved.slug}?saved=1`, publicData: 'changed' };
  },
);

export const saveCommitmentTranslationsAction = editorAction({ schema: commitmentTranslationsSchema }, async (input, { db, actor, locale }) => {
  const t = await say(locale);
  const saved = await saveCommitmentTranslations(db, { input, actor });
  if (saved.changed.length === 0) return { message: t('translations.unchanged'), publicData: 'unchanged' };
  return { message: t('translations.saved'), redirectTo: `/editor/commitments/${saved.slug}/translations?saved=1`, publicData: 'changed' };
});

export const saveSourceAction = editorAction({ schema: sourceSchema }, async (input, { db, actor, locale }) => {
  const t = await say(locale);
  await saveSource(db, { input, actor });
  return { message: t('sourceSaved'), redirectTo: '/editor/sources?saved=1', publicData: 'changed', archiveUrls: input.url ? [input.url] : [] };
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

export const inviteUserAction = editorAction({ schema: inviteUserSchema, role: 'admin' }, async (input, { db, actor, locale }) => {
  const t = await say(locale);
  const { password, passwordHash, passwordExpiresAt, hours } = await oneTimePassword();
  await createUser(db, { ...input, passwordHash, passwordExpiresAt, mustChangePassword: true, actor });
  refresh();
  return {
    message: t('users.invited', { email: input.email, hours }),
    result: { password, email: input.email },
    publicData: 'unchanged',
  };
});

export const resetPasswordAction = editorAction({ schema: userIdSchema, role: 'admin' }, async (input, { db, actor, locale }) => {
  const t = await say(locale);
  const user = await getUserById({ id: input.userId });
  if (!user) throw new InputError({ userId: [t('users.noUser')] });
  if (user.id === actor.id) throw new InputError({ userId: [t('users.ownPassword')] });
  const { password, passwordHash, passwordExpiresAt, hours } = await oneTimePassword();
  await setUserPassword(db, { userId: user.id, passwordHash, passwordExpiresAt, mustChangePassword: true, actor });
  refresh();
  return {
    message: t('users.passwordReset', { email: user.email, hours }),
    result: { password, email: user.email },
    publicData: 'unchanged',
  };
});

export const resetSecondFactorAction = editorAction({ schema: userIdSchema, role: 'admin' }, async (input, { db, actor, locale }) => {
  const t = await say(locale);
  const user = await getUserById({ id: input.userId });
  if (!user) throw new InputError({ userId: [t('users.noUser')] });
  if (!user.totpEnabled) throw new InputError({ userId: [t('users.noFactor', { email: user.email })] });
  if (user.id === actor.id) throw new InputError({ userId: [t('users.ownFactor')] });
  await removeSecondFactor(db, { userId: user.id, actor });
  refresh();
  return {
    message: t('users.factorReset', { email: user.email }),
    publicData: 'unchanged',
  };
});

export const changeRoleAction = editorAction({ schema: changeRoleSchema, role: 'admin' }, async (input, { db, actor, locale }) => {
  const t = await say(locale);
  await setUserRole(db, { userId: input.userId, role: input.role, actor });
  refresh();
  return { message: t('users.roleChanged'), publicData: 'unchanged' };
});

export const setDisabledAction = editorAction({ schema: setDisabledSchema, role: 'admin' }, async (input, { db, actor, locale }) => {
  const t = await say(locale);
  await setUserDisabled(db, { userId: input.userId, disabled: input.disabled, actor });
  refresh();
  return { message: input.disabled ? t('users.disabled') : t('users.enabled'), publicData: 'unchanged' };
});

export const changePasswordAction = editorAction(
  // Passwords are never echoed back into the form (lib/server/editor-action.ts).
  { schema: changePasswordSchema, step: 'password-change' },
  async (input, { db, actor, sessionId, locale }) => {
    const t = await say(locale);
    const account = await getUserById({ id: actor.id });
    const me = account ? await findUserForSignIn({ email: account.email }) : null;
    if (!me || !(await verifyPassword(input.currentPassword, me.passwordHash))) {
      throw new InputError({ currentPassword: [t('password.wrongCurrent')] });
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
    return { message: t('password.changed'), redirectTo: '/editor?password-changed=1', publicData: 'unchanged' };
  },
);

/** The moderation queue: a suggestion an editor will not publish, with the reason (kept with it). */
export const rejectSuggestionAction = editorAction({ schema: rejectSuggestionSchema }, async ({ id, reason }, { db, actor, locale }) => {
  const t = await say(locale);
  await rejectSuggestion(db, { id, reason, actor });
  return { message: t('suggestion.rejected', { id }), publicData: 'unchanged' };
});

/** An admin erases a sender's name, email, address key and unpublished file (their words stay). */
export const purgeSuggestionAction = editorAction({ schema: suggestionIdSchema, role: 'admin' }, async ({ id }, { db, actor, locale }) => {
  const t = await say(locale);
  await purgeSuggestion(db, { id, actor });
  return { message: t('suggestion.purged', { id }), publicData: 'unchanged' };
});

/** "Check again now" on the workspace's archive page: fetches one address at once, while the editor waits. */
export const recheckArchiveAction = editorAction({ schema: archiveIdSchema }, async ({ id }, { db, locale }) => {
  const t = await say(locale);
  const { archiveNow } = await import('@/lib/server/evidence-archive');
  const [url] = await makeArchivesDue(db, { id });
  if (!url)
    return {
      message: t('recheck.refused'),
      failed: true,
      publicData: 'unchanged',
    };
  if (env().EVIDENCE_ARCHIVE === 'off')
    return {
      message: t('recheck.off', { setting: 'EVIDENCE_ARCHIVE=off' }),
      failed: true,
      publicData: 'unchanged',
    };
  const { results } = await archiveNow([url]);
  const outcome = results[0];
  const reason = outcome ? `${outcome.reason}${outcome.status ? ` ${outcome.status}` : ''}` : '';
  const said = !outcome
    ? t('recheck.running')
    : outcome.recorded === 'archived'
      ? t('recheck.archived')
      : outcome.recorded === 'alive'
        ? t('recheck.alive')
        : outcome.recorded === 'dead'
          ? t('recheck.dead', { reason })
          : t('recheck.failed', { reason });
  return { message: `${url}: ${said}`, publicData: outcome ? 'changed' : 'unchanged' };
});

export const snapshotNowAction = editorAction({ schema: z.object({}), role: 'admin' }, async (_input, { actor, locale }) => {
  const t = await say(locale);
  const { generateSnapshot, SnapshotError } = await import('@/lib/server/snapshot');
  try {
    const result = await generateSnapshot({ trigger: 'manual', actor });
    // The public archive (/snapshots) lists it and serves its PDF.
    return {
      message: t('snapshotStored', {
        id: result.id,
        size: (result.sizeBytes / 1024).toFixed(0),
        seconds: (result.milliseconds / 1000).toFixed(1),
      }),
      publicData: 'changed',
    };
  } catch (error) {
    if (error instanceof SnapshotError) return { message: error.message, failed: true, publicData: 'unchanged' };
    throw error;
  }
});

/**
 * Each editor picks the workspace's language for themselves. The cookie lets this browser's
 * sign-in page speak it too, before anyone is signed in; the stored choice wins once they are.
 */
export const setWorkspaceLanguageAction = editorAction({ schema: workspaceLocaleSchema }, async ({ locale }, { db, actor }) => {
  await setUserLocale(db, { userId: actor.id, locale });
  (await cookies()).set(WORKSPACE_LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: 365 * 24 * 60 * 60,
    sameSite: 'lax',
    httpOnly: true,
    secure: env().SITE_URL.startsWith('https:'),
  });
  refresh();
  const t = await getTranslations({ locale, namespace: 'workspace' });
  return { message: t('language.saved'), publicData: 'unchanged' };
});
