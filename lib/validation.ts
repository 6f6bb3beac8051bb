import { z } from 'zod';
import {
  ALL_STAGES,
  CATEGORIES,
  COMMITMENT_KINDS,
  COUNTRY_CODES,
  DIRECTIONS,
  ENTRY_TYPES,
  ROLES,
  SOURCE_KINDS,
  VALUE_QUALIFIERS,
  VERDICTS,
} from './domain';
import { isIsoDate } from './dates';
import { TRANSLATION_LOCALE_NAMES, TRANSLATION_LOCALES, WORKSPACE_LOCALES } from './content-locale';
import { periodEnd } from './periods';
import { passwordProblems } from './password';
import { directionProblem } from './progress';
import { sniffEvidenceFile } from './file-sniff';

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
    z
      .string({ error: `${label} must be a single piece of text.` })
      .trim()
      .max(max, `${label} must be at most ${max} characters.`)
      .optional(),
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
  z.coerce
    .number({ error: `${label} is missing.` })
    .int(`${label} is not valid.`)
    .positive(`${label} is not valid.`);

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

/** The default cap on an attached file (EVIDENCE_FILE_MAX_MB); the action passes the configured one. */
export const DEFAULT_EVIDENCE_FILE_MAX_BYTES = 2 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

/**
 * A file attached as evidence, as the action reads it off the form (lib/server/editor-action.ts
 * formFiles). Its type is read from its bytes; the name is kept only to show, cleaned of paths
 * and control characters.
 */
export const attachmentSchema = (maxBytes: number) =>
  z
    .object({ name: z.string().max(1000), bytes: z.instanceof(Uint8Array) }, { error: 'The attachment must be a file.' })
    .superRefine((f, ctx) => {
      if (f.bytes.byteLength > maxBytes) {
        ctx.addIssue({
          code: 'custom',
          message: `The file is ${megabytes(f.bytes.byteLength)}; an attachment may be at most ${megabytes(maxBytes)}. Choose a smaller file (nothing was saved).`,
        });
      } else if (sniffEvidenceFile(f.bytes) === null) {
        ctx.addIssue({
          code: 'custom',
          message: 'The attachment must be a PDF or an image (PNG, JPEG, GIF or WebP). This file’s content is none of these, whatever its name says.',
        });
      }
    })
    .transform((f) => ({
      name:
        f.name
          .replace(/^.*[\\/]/, '')
          .replace(/[\u0000-\u001f\u007f]/g, '')
          .trim()
          .slice(0, 200) || 'attachment',
      contentType: sniffEvidenceFile(f.bytes)!,
      bytes: f.bytes,
    }));

const periodSchema = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .transform((p) => p.toUpperCase())
    .refine(
      (p) => periodEnd(p) !== null,
      `${label} must be a year (2024), a half (2024-H1), a quarter (2024-Q2), a month (2024-06), months of one year (2024-01..09) or a date (2024-06-30).`,
    );

/**
 * Log entry: a status update (verdict, optional stage or figure) or a review that found
 * nothing new. The as-of date may not be later than today (passed in, to keep this pure).
 */
export const statusUpdateSchema = (today: string, { maxFileBytes = DEFAULT_EVIDENCE_FILE_MAX_BYTES }: { maxFileBytes?: number } = {}) =>
  z
    .object({
      commitmentId: id('Commitment'),
      expectedVersion: id('Version'),
      entryType: z.preprocess((v) => (v === undefined || v === '' ? 'update' : v), z.enum(ENTRY_TYPES, { error: 'Choose an update or a review.' })),
      asOf: isoDate('As-of date').refine((v) => v <= today, 'As-of date cannot be in the future.'),
      verdict: z.preprocess(emptyToUndefined, z.enum(VERDICTS, { error: 'Choose a verdict.' }).optional()),
      stage: z.preprocess(emptyToUndefined, z.enum(ALL_STAGES, { error: 'Choose a stage from the list.' }).optional()),
      figureValue: optionalNumber('Figure'),
      figurePeriod: z.preprocess(emptyToUndefined, periodSchema('Period of the figure').optional()),
      figureQualifier: z.preprocess(emptyToUndefined, z.enum(VALUE_QUALIFIERS, { error: 'Choose how exact the figure is.' }).optional()),
      note: z.preprocess(
        (v) => v ?? '',
        z.string({ error: 'Note must be a single piece of text.' }).trim().max(5000, 'Note must be at most 5000 characters.'),
      ),
      sourceId: optionalId('Source'),
      correctsId: optionalId('Corrected entry'),
      /** A reader's suggestion this entry accepts (the moderation queue's "accept"). */
      suggestionId: optionalId('Suggestion'),
      confirmDate: checkbox,
      evidence: z.array(evidenceSchema).max(10, 'At most 10 evidence links.').default([]),
      attachment: attachmentSchema(maxFileBytes).optional(),
    })
    .superRefine((u, ctx) => {
      if (u.entryType === 'update' && u.verdict === undefined) ctx.addIssue({ code: 'custom', path: ['verdict'], message: 'Choose a verdict.' });
      if (u.entryType === 'review') {
        if (u.note === '')
          ctx.addIssue({
            code: 'custom',
            path: ['note'],
            message: 'Say in the note what you looked at and found (e.g. which sites and terms you searched).',
          });
        if (u.figureValue !== undefined)
          ctx.addIssue({ code: 'custom', path: ['figureValue'], message: 'A review records that nothing changed; log an update to add a figure.' });
        if (u.stage !== undefined)
          ctx.addIssue({ code: 'custom', path: ['stage'], message: 'A review records that nothing changed; log an update to change the stage.' });
      }
      if (u.figureValue !== undefined) {
        if (u.figurePeriod === undefined)
          ctx.addIssue({ code: 'custom', path: ['figurePeriod'], message: 'Say which period the figure is for (e.g. 2024).' });
        if (u.sourceId === undefined)
          ctx.addIssue({ code: 'custom', path: ['sourceId'], message: 'A figure needs the source that reports it: choose one.' });
      } else if (u.figurePeriod !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['figureValue'], message: 'Give the figure for this period, or empty the period.' });
      }
    })
    .transform((u) => ({
      ...u,
      figure:
        u.figureValue !== undefined && u.figurePeriod !== undefined
          ? {
              value: u.figureValue,
              period: u.figurePeriod,
              periodEnd: periodEnd(u.figurePeriod)!,
              qualifier: u.figureQualifier ?? ('exact' as const),
            }
          : null,
    }));
export type StatusUpdateInput = z.infer<ReturnType<typeof statusUpdateSchema>>;

/** A planned completion date as a source states it. */
export const plannedDateSchema = (today: string) =>
  z.object({
    commitmentId: id('Commitment'),
    expectedVersion: id('Version'),
    statedOn: isoDate('Stated on').refine((v) => v <= today, 'The date the source gave it cannot be in the future.'),
    plannedOn: isoDate('Planned completion'),
    plannedText: optionalText('Planned completion as stated', 200),
    sourceId: id('Source'),
    note: optionalText('Note', 2000),
  });
export type PlannedDateInput = z.infer<ReturnType<typeof plannedDateSchema>>;

export const observationSchema = z
  .object({
    metricId: id('Metric'),
    period: periodSchema('Period'),
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
    newBaselineValue: optionalNumber('New baseline'),
    newBaselineOn: optionalIsoDate('New baseline date'),
    sourceId: id('Source'),
    note: optionalText('Note', 2000),
  })
  .superRefine((r, ctx) => {
    const rebaseline = r.newBaselineValue !== undefined || r.newBaselineOn !== undefined;
    if (r.newTargetValue === undefined && r.newDeadlineOn === undefined && r.newDeadlineText === undefined && !rebaseline) {
      ctx.addIssue({ code: 'custom', path: ['newTargetValue'], message: 'Give a new target, a new deadline, a new baseline, or several of them.' });
    }
    if ((r.newBaselineValue === undefined) !== (r.newBaselineOn === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [r.newBaselineValue === undefined ? 'newBaselineValue' : 'newBaselineOn'],
        message: 'Give the new baseline value and its date together, or neither.',
      });
    }
    if (r.newDeadlineText !== undefined && r.newDeadlineOn === undefined) {
      ctx.addIssue({ code: 'custom', path: ['newDeadlineOn'], message: 'Give the date the new deadline words are read as.' });
    }
  });
export type TargetRevisionInput = z.infer<typeof targetRevisionSchema>;

export const commitmentSchema = z
  .object({
    id: optionalId('Commitment'),
    expectedVersion: optionalId('Version'),
    // "view" is the list's own address segment (/commitments/view/…): lib/list-views.ts.
    slug: slugSchema.refine((v) => v !== 'view', '“view” is taken by the list of commitments; choose another slug.'),
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
    baselinePeriod: z.preprocess(emptyToUndefined, periodSchema('Baseline period').optional()),
    targetValue: optionalNumber('Target value'),
    targetMultiple: optionalNumber('Target multiple'),
    targetNote: optionalText('Target note', 2000),
    /** Why announced terms are changed in place: a correction of how they were recorded. */
    correctionReason: optionalText('Reason for the correction', 1000),
  })
  .superRefine((c, ctx) => {
    if (c.kind === 'target') {
      if (c.metricId === undefined)
        ctx.addIssue({ code: 'custom', path: ['metricId'], message: 'A numeric target needs the metric that measures it.' });
      if (c.targetValue === undefined && c.targetMultiple === undefined) {
        ctx.addIssue({ code: 'custom', path: ['targetValue'], message: 'A numeric target needs a target value, or a multiple of the baseline.' });
      }
      if (c.targetValue !== undefined && c.targetMultiple !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['targetMultiple'], message: 'Give either a target value or a multiple of the baseline, not both.' });
      }
      if (c.baselinePeriod !== undefined && (c.baselineValue !== undefined || c.baselineOn !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['baselinePeriod'],
          message: 'Give the baseline either as a value and date, or as the figure for a period, not both.',
        });
      } else if ((c.baselineValue === undefined) !== (c.baselineOn === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['baselineOn'], message: 'Give the baseline value and its date together, or neither.' });
      }
      if (c.targetMultiple !== undefined) {
        if (c.baselinePeriod === undefined && c.baselineValue === undefined) {
          ctx.addIssue({ code: 'custom', path: ['targetMultiple'], message: 'A target given as a multiple needs a baseline to multiply.' });
        }
        if (c.baselineValue !== undefined && !(c.baselineValue > 0)) {
          ctx.addIssue({
            code: 'custom',
            path: ['baselineValue'],
            message: 'A target given as a multiple needs a baseline above zero (five times zero is still zero).',
          });
        }
        if (!(c.targetMultiple > 0))
          ctx.addIssue({ code: 'custom', path: ['targetMultiple'], message: 'The multiple must be a positive number (5 for fivefold).' });
        else if ((c.direction ?? 'up') === 'up' && c.targetMultiple <= 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['targetMultiple'],
            message: 'A rising target needs a multiple above 1 (5 for fivefold); for a fall, set the direction to fall.',
          });
        } else if (c.direction === 'down' && c.targetMultiple >= 1) {
          ctx.addIssue({ code: 'custom', path: ['targetMultiple'], message: 'A falling target needs a multiple below 1 (0.5 to halve).' });
        }
      }
      if (c.baselineValue !== undefined && c.targetValue !== undefined) {
        const problem = directionProblem(c.direction ?? 'up', c.baselineValue, c.targetValue);
        if (problem) ctx.addIssue({ code: 'custom', path: ['targetValue'], message: directionMessage(problem, c.baselineValue) });
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

/** Why a target does not fit its direction, in words an editor can act on. */
export function directionMessage(problem: 'must-be-above' | 'must-be-below', baseline: number): string {
  return problem === 'must-be-above'
    ? `A rising target must be above its baseline (${baseline}). Raise the target, or set the direction to fall if the aim is a decrease.`
    : `A falling target must be below its baseline (${baseline}). Lower the target, or set the direction to rise if the aim is an increase.`;
}

export const sourceSchema = z.object({
  id: optionalId('Source'),
  expectedVersion: optionalId('Version'),
  slug: slugSchema,
  title: text('Title', 300),
  /** Empty = not recorded (shown as such). */
  publisher: optionalText('Publisher', 200),
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
export const userIdSchema = z.object({ userId: id('User') });
export const workspaceLocaleSchema = z.object({ locale: z.enum(WORKSPACE_LOCALES, { error: 'Choose a language from the list.' }) });
/** A six-digit code from an authenticator app (spaces allowed). */
export const totpCodeSchema = z.object({
  code: z
    .string({ error: 'Enter the six-digit code from your authenticator app.' })
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, 'Enter the six digits your authenticator app shows now.')),
});
/** At sign-in: a code from the app, or one of the recovery codes. */
export const secondFactorSchema = z.object({
  code: z
    .string({ error: 'Enter the code from your authenticator app, or a recovery code.' })
    .trim()
    .min(1, 'Enter the code from your authenticator app, or a recovery code.')
    .max(40, 'That is longer than any code: six digits from the app, or a recovery code like abcd-efgh-jkmn.'),
  next: z
    .string({ error: 'The page to go back to must be one address.' })
    .max(300, 'The page to go back to is too long: at most 300 characters.')
    .optional(),
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
        ctx.addIssue({
          code: 'custom',
          path: [`${locale}Title`],
          message: `A ${name} summary needs a ${name} title: add the title, or empty the summary.`,
        });
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
    if (v.newPassword === v.currentPassword)
      ctx.addIssue({ code: 'custom', path: ['newPassword'], message: 'Choose a password different from the current one.' });
  });

/**
 * A metric: the series a numeric target is measured by. `unit` is the formatting key
 * ('USD bn' and '%' have built-in forms; anything else is written after the number), and
 * `unitLabel` how it reads in a sentence ('million tonnes' for 'Mt').
 */
export const metricSchema = z
  .object({
    id: optionalId('Metric'),
    expectedVersion: optionalId('Version'),
    slug: slugSchema,
    name: text('Name', 200),
    unit: text('Unit', 40),
    unitLabel: optionalText('Unit in a sentence', 80),
    decimals: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: 'Decimals must be a whole number from 0 to 6.' })
        .int('Decimals must be a whole number from 0 to 6.')
        .min(0, 'Decimals must be a whole number from 0 to 6.')
        .max(6, 'Decimals must be a whole number from 0 to 6.')
        .optional(),
    ),
    description: optionalText('Description', 2000),
    ruName: optionalTranslation('Russian name', 200),
    ruUnit: optionalTranslation('Russian unit', 80),
    ruDescription: optionalTranslation('Russian description', 2000),
    kkName: optionalTranslation('Kazakh name', 200),
    kkUnit: optionalTranslation('Kazakh unit', 80),
    kkDescription: optionalTranslation('Kazakh description', 2000),
  })
  .superRefine((m, ctx) => {
    const label = m.unitLabel?.trim().toLowerCase();
    if (label && label.startsWith(m.unit.trim().toLowerCase() + ' ')) {
      ctx.addIssue({
        code: 'custom',
        path: ['unitLabel'],
        message: 'The unit in a sentence repeats the unit; write only how the unit reads (e.g. “million tonnes”).',
      });
    }
    for (const locale of TRANSLATION_LOCALES) {
      const name = TRANSLATION_LOCALE_NAMES[locale];
      if ((m[`${locale}Unit`] !== undefined || m[`${locale}Description`] !== undefined) && m[`${locale}Name`] === undefined) {
        ctx.addIssue({ code: 'custom', path: [`${locale}Name`], message: `A ${name} unit or description needs a ${name} name.` });
      }
    }
  })
  .transform((m) => ({
    id: m.id,
    expectedVersion: m.expectedVersion,
    slug: m.slug,
    name: m.name,
    unit: m.unit,
    unitLabel: m.unitLabel,
    decimals: m.decimals,
    description: m.description,
    texts: {
      ru: { name: m.ruName, unit: m.ruUnit, description: m.ruDescription },
      kk: { name: m.kkName, unit: m.kkUnit, description: m.kkDescription },
    },
  }));
export type MetricInput = z.infer<typeof metricSchema>;

/** "Check again now" on the workspace's archive page: one archived address. */
export const archiveIdSchema = z.object({
  id: z.coerce
    .number({ error: 'Choose an address.' })
    .int('Choose an address.')
    .positive('Choose an address.')
    .max(Number.MAX_SAFE_INTEGER, 'Choose an address.'),
});
