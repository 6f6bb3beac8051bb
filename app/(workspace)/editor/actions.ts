'use server';

import { z } from 'zod';
import {
  addObservation,
  addStatusUpdate,
  addTargetRevision,
  createUser,
  importObservations,
  InputError,
  preferObservation,
  saveCommitment,
  saveCommitmentTranslations,
  saveSource,
  setUserDisabled,
  setUserPassword,
  setUserRole,
} from '@/db/mutations';
import { findUserForSignIn, getUserById, listSourceOptions } from '@/db/queries';
import { editorAction } from '@/lib/server/editor-action';
import { todayIso } from '@/lib/clock';
import { parseObservationsCsv } from '@/lib/csv-observations';
import { generatePassword, hashPassword, verifyPassword } from '@/lib/password';
import {
  changePasswordSchema,
  changeRoleSchema,
  commitmentSchema,
  commitmentTranslationsSchema,
  csvImportSchema,
  inviteUserSchema,
  observationSchema,
  preferObservationSchema,
  setDisabledSchema,
  sourceSchema,
  statusUpdateSchema,
  targetRevisionSchema,
} from '@/lib/validation';

const asArray = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Pairs the repeated evidence URL and title inputs, dropping rows left empty. */
function withEvidence(values: Record<string, string | string[]>) {
  const urls = asArray(values.evidenceUrl);
  const titles = asArray(values.evidenceTitle);
  const evidence = urls
    .map((url, i) => ({ url: url.trim(), title: (titles[i] ?? '').trim() }))
    .filter((e) => e.url !== '' || e.title !== '');
  return { ...values, evidence };
}

export const logStatusUpdate = editorAction(
  { schema: () => statusUpdateSchema(todayIso()), prepare: withEvidence },
  async (input, { db, actor }) => {
    const saved = await addStatusUpdate(db, { input, actor });
    return { message: input.correctsId ? 'Correction logged. The original entry stays in the log.' : 'Update logged and published.', result: { version: String(saved.version) } };
  },
);

export const recordTargetRevision = editorAction({ schema: targetRevisionSchema }, async (input, { db, actor }) => {
  const saved = await addTargetRevision(db, { input, actor });
  return { message: 'Revision recorded. The previous terms stay visible in the history.', result: { version: String(saved.version) } };
});

export const addObservationAction = editorAction({ schema: observationSchema }, async (input, { db, actor }) => {
  const saved = await addObservation(db, { input, actor });
  return {
    message: saved.preferred
      ? `Figure for ${input.period} added and used as the preferred figure.`
      : `Figure for ${input.period} added beside the preferred one.`,
  };
});

export const preferObservationAction = editorAction({ schema: preferObservationSchema }, async (input, { db, actor }) => {
  await preferObservation(db, { observationId: input.observationId, actor });
  return { message: 'Preferred figure changed; progress recomputed.' };
});

export const importCsvAction = editorAction({ schema: csvImportSchema }, async (input, { db, actor }) => {
  const sources = await listSourceOptions();
  const bySlug = new Map(sources.map((s) => [s.slug, s.id]));
  const parsed = parseObservationsCsv(input.csv, { knownSourceSlugs: new Set(bySlug.keys()) });
  const preview = parsed.rows.map(({ line, period, value, source, note, errors }) => ({ line, period, value, source, note, errors }));
  if (parsed.fileError) throw new InputError({ csv: [parsed.fileError] }, 'The file could not be read. Nothing was imported.');
  const bad = parsed.rows.filter((r) => r.errors.length > 0).length;
  if (!parsed.valid) {
    return { message: `${bad} of ${parsed.rows.length} rows have errors. Nothing was imported; fix the file and preview again.`, preview, failed: true, wrote: false };
  }
  if (!input.confirm) {
    return { message: `All ${parsed.rows.length} rows are valid. Nothing is written until you confirm the import.`, preview, wrote: false };
  }
  const rows = parsed.rows.map((r) => ({ ...r.parsed!, sourceId: bySlug.get(r.parsed!.sourceSlug)! }));
  const saved = await importObservations(db, { metricId: input.metricId, rows, actor });
  return { message: `Imported ${saved.imported} figures.` };
});

export const saveCommitmentAction = editorAction(
  { schema: commitmentSchema, prepare: (v) => ({ ...v, countries: asArray(v.countries) }) },
  async (input, { db, actor }) => {
    const saved = await saveCommitment(db, { input, actor });
    return { message: 'Commitment saved.', redirectTo: `/editor/commitments/${saved.slug}?saved=1` };
  },
);

export const saveCommitmentTranslationsAction = editorAction({ schema: commitmentTranslationsSchema }, async (input, { db, actor }) => {
  const saved = await saveCommitmentTranslations(db, { input, actor });
  if (saved.changed.length === 0) return { message: 'Nothing to save: the translations are as they were.', wrote: false };
  return { message: 'Translations saved.', redirectTo: `/editor/commitments/${saved.slug}/translations?saved=1` };
});

export const saveSourceAction = editorAction({ schema: sourceSchema }, async (input, { db, actor }) => {
  await saveSource(db, { input, actor });
  return { message: 'Source saved.', redirectTo: '/editor/sources?saved=1' };
});

export const inviteUserAction = editorAction({ schema: inviteUserSchema, role: 'admin' }, async (input, { db, actor }) => {
  const password = generatePassword(20);
  await createUser(db, { ...input, passwordHash: await hashPassword(password), mustChangePassword: true, actor });
  return {
    message: `Account created for ${input.email}. Give them this one-time password; it is shown only now and must be changed at first sign-in.`,
    result: { password, email: input.email },
  };
});

export const changeRoleAction = editorAction({ schema: changeRoleSchema, role: 'admin' }, async (input, { db, actor }) => {
  await setUserRole(db, { userId: input.userId, role: input.role, actor });
  return { message: 'Role changed. It applies from the user’s next request.' };
});

export const setDisabledAction = editorAction({ schema: setDisabledSchema, role: 'admin' }, async (input, { db, actor }) => {
  await setUserDisabled(db, { userId: input.userId, disabled: input.disabled, actor });
  return { message: input.disabled ? 'Account disabled. It loses access at its next request.' : 'Account enabled.' };
});

export const changePasswordAction = editorAction(
  // Passwords are never echoed back into the form.
  { schema: changePasswordSchema },
  async (input, { db, actor }) => {
    const account = await getUserById({ id: actor.id });
    const me = account ? await findUserForSignIn({ email: account.email }) : null;
    if (!me || !(await verifyPassword(input.currentPassword, me.passwordHash))) {
      throw new InputError({ currentPassword: ['This is not your current password.'] });
    }
    await setUserPassword(db, { userId: actor.id, passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, actor });
    return { message: 'Password changed.', redirectTo: '/editor?password-changed=1', wrote: false };
  },
);

export const snapshotNowAction = editorAction({ schema: z.object({}), role: 'admin' }, async (_input, { actor }) => {
  const { generateSnapshot, SnapshotError } = await import('@/lib/server/snapshot');
  try {
    const result = await generateSnapshot({ trigger: 'manual', actor });
    return { message: `Snapshot #${result.id} stored (${(result.sizeBytes / 1024).toFixed(0)} KiB, ${(result.milliseconds / 1000).toFixed(1)} s).` };
  } catch (error) {
    if (error instanceof SnapshotError) return { message: error.message, failed: true, wrote: false };
    throw error;
  }
});
