import { z } from 'zod';
import {
  ALL_STAGES,
  CATEGORIES,
  COMMITMENT_KINDS,
  COUNTRY_CODES,
  DIRECTIONS,
  ROLES,
  SOURCE_KINDS,
  VALUE_QUALIFIERS,
  VERDICTS,
} from './domain';
import { isIsoDate } from './dates';
import { TRANSLATION_LOCALE_NAMES, TRANSLATION_LOCALES } from './content-locale';
import { periodEnd } from './periods';
import { passwordProblems } from './password';

// Every input boundary of the editor workspace is described here, once. Forms post
// strings; these schemas turn them into typed values with messages a person can act on.

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Letters, digits, punctuation or symbols. `trim()` keeps zero-width and direction marks,
 * so a title of nothing but those would otherwise count as filled in yet show as blank. */
export const hasVisibleCharacter = (v: string) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(v);

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`)
    .refine((v) => v === '' || hasVisibleCharacter(v), `${label} is required (it holds only invisible characters).`);

const optionalText = (label: string, max: number) =>
  z.preprocess(
    emptyToUndefined,
    z.string({ error: `${label} must be a single piece of text.` }).trim().max(max, `${label} must be at most ${max} characters.`).optional(),
  );

export const isoDate = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .refine(isIsoDate, `${label} must be a real date written as YYYY-MM-DD.`)
    .refine((v) => v >= '1900-01-01' && v <= '2100-12-31', `${label} must be between 1900 and 2100.`);

const optionalIsoDate = (label: string) => z.preprocess(emptyToUndefined, isoDate(label).optional());

const id = (label: string) =>
  z.coerce.number({ error: `${label} is missing.` }).int(`${label} is not valid.`).positive(`${label} is not valid.`);

const optionalId = (label: string) => z.preprocess(emptyToUndefined, id(label).optional());

const number = (label: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : v),
    z
      .string({ error: `${label} is required.` })
      .min(1, { message: `${label} is required.`, abort: true })
      .regex(/^-?\d+(\.\d+)?$/, `${label} must be a plain number such as 1234.5 (no spaces or thousands separators).`)
      .transform(Number)
      .refine((n) => Number.isFinite(n) && Math.abs(n) < 1e15, `${label} is out of range.`),
  );

const optionalNumber = (label: string) => z.preprocess(emptyToUndefined, number(label).optional());

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

export const slugSchema = z
  .string({ error: 'Slug is required.' })
  .trim()
  .min(3, 'Slug must be at least 3 characters.')
  .max(80, 'Slug must be at most 80 characters.')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Slug may contain lower-case letters, digits and single hyphens only (e.g. aktau-container-hub).');

export const httpUrl = (label: string) =>
  z
    .string({ error: `${label} must be a single web address.` })
    .trim()
    .max(2000, `${label} must be at most 2000 characters.`)
    .refine((v) => {
      try {
        const u = new URL(v);
        return u.protocol === 'http:' || u.protocol === 'https:';
      } catch {
        return false;
      }
    }, `${label} must be a full web address starting with http:// or https://.`);

const evidenceSchema = z.object({ url: httpUrl('Evidence link'), title: text('Evidence title', 300) });

/** Status update: the as-of date may not be later than today (passed in, to keep this pure). */
export const statusUpdateSchema = (today: string) =>
  z.object({
    commitmentId: id('Commitment'),
    expectedVersion: id('Version'),
    asOf: isoDate('As-of date').refine((v) => v <= today, 'As-of date cannot be in the future.'),
    verdict: z.enum(VERDICTS, { error: 'Choose a verdict.' }),
    stage: z.preprocess(emptyToUndefined, z.enum(ALL_STAGES, { error: 'Choose a stage from the list.' }).optional()),
    value: optionalNumber('Value'),
    note: z.preprocess((v) => v ?? '', z.string({ error: 'Note must be a single piece of text.' }).trim().max(5000, 'Note must be at most 5000 characters.')),
    sourceId: optionalId('Source'),
    correctsId: optionalId('Corrected entry'),
    evidence: z.array(evidenceSchema).max(10, 'At most 10 evidence links.').default([]),
  });
export type StatusUpdateInput = z.infer<ReturnType<typeof statusUpdateSchema>>;

export const observationSchema = z
  .object({
    metricId: id('Metric'),
    period: z
      .string({ error: 'Period is required.' })
      .trim()
      .min(1, 'Period is required.')
      .transform((p) => p.toUpperCase())
      .refine((p) => periodEnd(p) !== null, 'Period must be a year (2024), a quarter (2024-Q2), a month (2024-06) or a date (2024-06-30).'),
    value: number('Value'),
    qualifier: z.enum(VALUE_QUALIFIERS, { error: 'Choose how exact the value is.' }).default('exact'),
    sourceId: id('Source'),
    note: optionalText('Note', 2000),
    preferred: checkbox,
    derived: checkbox,
  })
  .transform((o) => ({ ...o, periodEnd: periodEnd(o.period)! }));
export type ObservationInput = z.infer<typeof observationSchema>;

export const targetRevisionSchema = z
  .object({
    commitmentId: id('Commitment'),
    expectedVersion: id('Version'),
    revisedOn: isoDate('Revision date'),
    newTargetValue: optionalNumber('New target'),
    newDeadlineOn: optionalIsoDate('New deadline'),
    newDeadlineText: optionalText('Deadline as stated', 200),
    sourceId: id('Source'),
    note: optionalText('Note', 2000),
  })
  .superRefine((r, ctx) => {
    if (r.newTargetValue === undefined && r.newDeadlineOn === undefined && r.newDeadlineText === undefined) {
      ctx.addIssue({ code: 'custom', path: ['newTargetValue'], message: 'Give a new target, a new deadline, or both.' });
    }
  });
export type TargetRevisionInput = z.infer<typeof targetRevisionSchema>;

export const commitmentSchema = z
  .object({
    id: optionalId('Commitment'),
    expectedVersion: optionalId('Version'),
    slug: slugSchema,
    title: text('Title', 200),
    summary: text('Summary', 2000),
    category: z.enum(CATEGORIES, { error: 'Choose a category.' }),
    kind: z.enum(COMMITMENT_KINDS, { error: 'Choose a kind.' }),
    owner: text('Who committed', 200),
    announcedOn: isoDate('Announcement date'),
    sourceId: id('Source'),
    quote: text('Quote from the source', 4000),
    countries: z.array(z.enum(COUNTRY_CODES, { error: 'Unknown country.' })).default([]),
    deadlineText: optionalText('Deadline as stated', 200),
    deadlineOn: optionalIsoDate('Deadline date'),
    deadlineInterpreted: checkbox,
    deadlineNote: optionalText('Deadline note', 2000),
    metricId: optionalId('Metric'),
    direction: z.preprocess(emptyToUndefined, z.enum(DIRECTIONS, { error: 'Choose whether the value is to rise or fall to the target.' }).optional()),
    baselineValue: optionalNumber('Baseline value'),
    baselineOn: optionalIsoDate('Baseline date'),
    baselineNote: optionalText('Baseline note', 2000),
    targetValue: optionalNumber('Target value'),
    targetNote: optionalText('Target note', 2000),
  })
  .superRefine((c, ctx) => {
    if (c.kind === 'target') {
      if (c.metricId === undefined) ctx.addIssue({ code: 'custom', path: ['metricId'], message: 'A numeric target needs the metric that measures it.' });
      if (c.targetValue === undefined) ctx.addIssue({ code: 'custom', path: ['targetValue'], message: 'A numeric target needs a target value.' });
      if ((c.baselineValue === undefined) !== (c.baselineOn === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['baselineOn'], message: 'Give the baseline value and its date together, or neither.' });
      }
    }
    if (c.deadlineInterpreted && c.deadlineOn === undefined) {
      ctx.addIssue({ code: 'custom', path: ['deadlineOn'], message: 'An interpreted deadline needs the date it is read as.' });
    }
    if (c.deadlineInterpreted && c.deadlineNote === undefined) {
      ctx.addIssue({ code: 'custom', path: ['deadlineNote'], message: 'Say why the deadline is read this way.' });
    }
    if (c.deadlineOn !== undefined && c.deadlineOn < c.announcedOn) {
      ctx.addIssue({ code: 'custom', path: ['deadlineOn'], message: 'The deadline cannot be before the announcement.' });
    }
  });
export type CommitmentInput = z.infer<typeof commitmentSchema>;

export const sourceSchema = z.object({
  id: optionalId('Source'),
  expectedVersion: optionalId('Version'),
  slug: slugSchema,
  title: text('Title', 300),
  publisher: text('Publisher', 200),
  publishedOn: isoDate('Publication date'),
  place: optionalText('Place', 200),
  url: z.preprocess(emptyToUndefined, httpUrl('Address').optional()),
  kind: z.enum(SOURCE_KINDS, { error: 'Choose a kind of source.' }),
  description: optionalText('Description', 2000),
});
export type SourceInput = z.infer<typeof sourceSchema>;

export const emailSchema = z
  .string({ error: 'Email is required.' })
  .trim()
  .toLowerCase()
  .min(1, 'Email is required.')
  .max(254, 'Email is too long.')
  .email('Enter an email address such as name@example.org.');

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: 'Password is required.' }).min(1, 'Password is required.').max(200, 'Password is too long.'),
});

export const inviteUserSchema = z.object({
  email: emailSchema,
  name: text('Name', 120),
  role: z.enum(ROLES, { error: 'Choose a role.' }),
});

export const changeRoleSchema = z.object({ userId: id('User'), role: z.enum(ROLES, { error: 'Choose a role.' }) });
export const setDisabledSchema = z.object({
  userId: id('User'),
  disabled: z.enum(['true', 'false'], { error: 'Say whether to disable the account: true or false.' }).transform((v) => v === 'true'),
});
export const preferObservationSchema = z.object({ observationId: id('Observation') });
export const csvImportSchema = z.object({
  metricId: id('Metric'),
  csv: z.string({ error: 'Choose a CSV file.' }).max(2_000_000, 'The file is larger than 2 MB.'),
  confirm: checkbox,
});

/** A translated text: empty means "not translated" (readers get the English, marked). */
const optionalTranslation = (label: string, max: number) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string({ error: `${label} must be a single piece of text.` })
      .trim()
      .max(max, `${label} must be at most ${max} characters.`)
      .refine(hasVisibleCharacter, `${label} holds only invisible characters; leave it empty to show the English text instead.`)
      .optional(),
  );

/** Russian and Kazakh title and summary of one commitment, as the translations form posts them. */
export const commitmentTranslationsSchema = z
  .object({
    commitmentId: id('Commitment'),
    expectedVersion: id('Version'),
    ruTitle: optionalTranslation('Russian title', 200),
    ruSummary: optionalTranslation('Russian summary', 2000),
    kkTitle: optionalTranslation('Kazakh title', 200),
    kkSummary: optionalTranslation('Kazakh summary', 2000),
  })
  .superRefine((v, ctx) => {
    // A summary alone would show a translated summary under an English title.
    for (const locale of TRANSLATION_LOCALES) {
      const name = TRANSLATION_LOCALE_NAMES[locale];
      if (v[`${locale}Summary`] !== undefined && v[`${locale}Title`] === undefined) {
        ctx.addIssue({ code: 'custom', path: [`${locale}Title`], message: `A ${name} summary needs a ${name} title: add the title, or empty the summary.` });
      }
    }
  })
  .transform((v) => ({
    commitmentId: v.commitmentId,
    expectedVersion: v.expectedVersion,
    texts: { ru: { title: v.ruTitle, summary: v.ruSummary }, kk: { title: v.kkTitle, summary: v.kkSummary } },
  }));
export type CommitmentTranslationsInput = z.infer<typeof commitmentTranslationsSchema>;

/** The signed-in user's own password change; the current one is checked against the database later. */
export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: 'Enter your current password, once.' })
      .min(1, 'Enter your current password.')
      .max(200, 'The current password is too long: passwords have at most 200 characters.'),
    newPassword: z.string({ error: 'Enter the new password, once.' }).max(200, 'The new password is too long.'),
    confirmPassword: z.string({ error: 'Enter the new password again, once.' }),
  })
  .superRefine((v, ctx) => {
    for (const problem of passwordProblems(v.newPassword)) ctx.addIssue({ code: 'custom', path: ['newPassword'], message: problem });
    if (v.newPassword !== v.confirmPassword) ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'The two new passwords differ.' });
    if (v.newPassword === v.currentPassword) ctx.addIssue({ code: 'custom', path: ['newPassword'], message: 'Choose a password different from the current one.' });
  });
