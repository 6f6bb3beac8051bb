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
import { TRANSLATION_LOCALES, WORKSPACE_LOCALES, type TranslationLocale } from './content-locale';
import { periodEnd } from './periods';
import { passwordProblems } from './password';
import { directionProblem } from './progress';
import { sniffEvidenceFile } from './file-sniff';
import { label, textLocale, tr } from './server-text';

// Every input boundary of the editor workspace is described here, once. Forms post
// strings; these schemas turn them into typed values with messages a person can act on.
// The messages are said in the editor's language (lib/server-text.ts): the schemas are built
// once, so each message is a function, said when a value is checked, and a field's name is
// passed to the helpers marked with label(), to be said with tr when a message is made.

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Letters, digits, punctuation or symbols. `trim()` keeps zero-width and direction marks,
 * so a title of nothing but those would otherwise count as filled in yet show as blank. */
export const hasVisibleCharacter = (v: string) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(v);

/**
 * A field's name as the messages say it: a label() literal, or, where two fields share an English
 * name that other languages tell apart, the English to say and the key to look up instead.
 */
type FieldName = string | { english: string; key: string };
const say = (name: FieldName) => (typeof name === 'string' ? tr(name) : textLocale() === 'en' ? name.english : tr(name.key));

const required = (name: FieldName) => tr('{label} is required.', { label: say(name) });
const atMost = (name: FieldName, max: number) => tr('{label} must be at most {max} characters.', { label: say(name), max });
const singleText = (name: FieldName) => tr('{label} must be a single piece of text.', { label: say(name) });

const text = (name: FieldName, max: number) =>
  z
    .string({ error: () => required(name) })
    .trim()
    .min(1, { error: () => required(name) })
    .max(max, { error: () => atMost(name, max) })
    .refine((v) => v === '' || hasVisibleCharacter(v), {
      error: () => tr('{label} is required (it holds only invisible characters).', { label: say(name) }),
    });

const optionalText = (name: FieldName, max: number) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string({ error: () => singleText(name) })
      .trim()
      .max(max, { error: () => atMost(name, max) })
      .optional(),
  );

export const isoDate = (name: FieldName) =>
  z
    .string({ error: () => required(name) })
    .trim()
    .min(1, { error: () => required(name) })
    .refine(isIsoDate, { error: () => tr('{label} must be a real date written as YYYY-MM-DD.', { label: say(name) }) })
    .refine((v) => v >= '1900-01-01' && v <= '2100-12-31', {
      error: () => tr('{label} must be between 1900 and 2100.', { label: say(name) }),
    });

const optionalIsoDate = (name: FieldName) => z.preprocess(emptyToUndefined, isoDate(name).optional());

const id = (name: FieldName) => {
  const notValid = () => tr('{label} is not valid.', { label: say(name) });
  return z.coerce
    .number({ error: () => tr('{label} is missing.', { label: say(name) }) })
    .int({ error: notValid })
    .positive({ error: notValid });
};

const optionalId = (name: FieldName) => z.preprocess(emptyToUndefined, id(name).optional());

const number = (name: FieldName) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : v),
    z
      .string({ error: () => required(name) })
      .min(1, { error: () => required(name), abort: true })
      .regex(/^-?\d+(\.\d+)?$/, {
        error: () => tr('{label} must be a plain number such as 1234.5 (no spaces or thousands separators).', { label: say(name) }),
      })
      .transform(Number)
      .refine((n) => Number.isFinite(n) && Math.abs(n) < 1e15, { error: () => tr('{label} is out of range.', { label: say(name) }) }),
  );

const optionalNumber = (name: FieldName) => z.preprocess(emptyToUndefined, number(name).optional());

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

const SLUG = label('Slug');

export const slugSchema = z
  .string({ error: () => required(SLUG) })
  .trim()
  .min(3, { error: () => tr('{label} must be at least {min} characters.', { label: tr(SLUG), min: 3 }) })
  .max(80, { error: () => atMost(SLUG, 80) })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: () => tr('Slug may contain lower-case letters, digits and single hyphens only (e.g. {example}).', { example: 'aktau-container-hub' }),
  });

export const httpUrl = (name: FieldName) =>
  z
    .string({ error: () => tr('{label} must be a single web address.', { label: say(name) }) })
    .trim()
    .max(2000, { error: () => atMost(name, 2000) })
    .refine(
      (v) => {
        try {
          const u = new URL(v);
          return u.protocol === 'http:' || u.protocol === 'https:';
        } catch {
          return false;
        }
      },
      {
        error: () =>
          tr('{label} must be a full web address starting with {http} or {https}.', { label: say(name), http: 'http://', https: 'https://' }),
      },
    );

const evidenceSchema = z.object({ url: httpUrl(label('Evidence link')), title: text(label('Evidence title'), 300) });

/** The default cap on an attached file (EVIDENCE_FILE_MAX_MB); the action passes the configured one. */
export const DEFAULT_EVIDENCE_FILE_MAX_BYTES = 2 * 1024 * 1024;

/** A size in megabytes, as 1.5 MB (1,5 МБ in Russian and Kazakh). */
const megabytes = (bytes: number) => {
  const size = (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
  return tr('{size} MB', { size: textLocale() === 'en' ? size : size.replace('.', ',') });
};

/**
 * A file attached as evidence, as the action reads it off the form (lib/server/editor-action.ts
 * formFiles). Its type is read from its bytes; the name is kept only to show, cleaned of paths
 * and control characters.
 */
export const attachmentSchema = (maxBytes: number) =>
  z
    .object({ name: z.string().max(1000), bytes: z.instanceof(Uint8Array) }, { error: () => tr('The attachment must be a file.') })
    .superRefine((f, ctx) => {
      if (f.bytes.byteLength > maxBytes) {
        ctx.addIssue({
          code: 'custom',
          message: tr('The file is {size}; an attachment may be at most {max}. Choose a smaller file (nothing was saved).', {
            size: megabytes(f.bytes.byteLength),
            max: megabytes(maxBytes),
          }),
        });
      } else if (sniffEvidenceFile(f.bytes) === null) {
        ctx.addIssue({
          code: 'custom',
          message: tr(
            'The attachment must be a PDF or an image (PNG, JPEG, GIF or WebP). This file’s content is none of these, whatever its name says.',
          ),
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

const periodSchema = (name: FieldName) =>
  z
    .string({ error: () => required(name) })
    .trim()
    .min(1, { error: () => required(name) })
    .transform((p) => p.toUpperCase())
    .refine((p) => periodEnd(p) !== null, {
      error: () =>
        tr(
          '{label} must be a year ({year}), a half ({half}), a quarter ({quarter}), a month ({month}), months of one year ({months}) or a date ({date}).',
          { label: say(name), year: '2024', half: '2024-H1', quarter: '2024-Q2', month: '2024-06', months: '2024-01..09', date: '2024-06-30' },
        ),
    });

/**
 * Log entry: a status update (verdict, optional stage or figure) or a review that found
 * nothing new. The as-of date may not be later than today (passed in, to keep this pure).
 */
export const statusUpdateSchema = (today: string, { maxFileBytes = DEFAULT_EVIDENCE_FILE_MAX_BYTES }: { maxFileBytes?: number } = {}) =>
  z
    .object({
      commitmentId: id(label('Commitment')),
      expectedVersion: id(label('Version')),
      entryType: z.preprocess(
        (v) => (v === undefined || v === '' ? 'update' : v),
        z.enum(ENTRY_TYPES, { error: () => tr('Choose an update or a review.') }),
      ),
      asOf: isoDate(label('As-of date')).refine((v) => v <= today, { error: () => tr('As-of date cannot be in the future.') }),
      verdict: z.preprocess(emptyToUndefined, z.enum(VERDICTS, { error: () => tr('Choose a verdict.') }).optional()),
      stage: z.preprocess(emptyToUndefined, z.enum(ALL_STAGES, { error: () => tr('Choose a stage from the list.') }).optional()),
      figureValue: optionalNumber(label('Figure')),
      figurePeriod: z.preprocess(emptyToUndefined, periodSchema(label('Period of the figure')).optional()),
      figureQualifier: z.preprocess(emptyToUndefined, z.enum(VALUE_QUALIFIERS, { error: () => tr('Choose how exact the figure is.') }).optional()),
      note: z.preprocess(
        (v) => v ?? '',
        z
          .string({ error: () => singleText(label('Note')) })
          .trim()
          .max(5000, { error: () => atMost(label('Note'), 5000) }),
      ),
      sourceId: optionalId(label('Source')),
      correctsId: optionalId(label('Corrected entry')),
      /** A reader's suggestion this entry accepts (the moderation queue's "accept"). */
      suggestionId: optionalId(label('Suggestion')),
      confirmDate: checkbox,
      evidence: z
        .array(evidenceSchema)
        .max(10, { error: () => tr('At most 10 evidence links.') })
        .default([]),
      attachment: attachmentSchema(maxFileBytes).optional(),
    })
    .superRefine((u, ctx) => {
      if (u.entryType === 'update' && u.verdict === undefined) ctx.addIssue({ code: 'custom', path: ['verdict'], message: tr('Choose a verdict.') });
      if (u.entryType === 'review') {
        if (u.note === '')
          ctx.addIssue({
            code: 'custom',
            path: ['note'],
            message: tr('Say in the note what you looked at and found (e.g. which sites and terms you searched).'),
          });
        if (u.figureValue !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['figureValue'],
            message: tr('A review records that nothing changed; log an update to add a figure.'),
          });
        if (u.stage !== undefined)
          ctx.addIssue({ code: 'custom', path: ['stage'], message: tr('A review records that nothing changed; log an update to change the stage.') });
      }
      if (u.figureValue !== undefined) {
        if (u.figurePeriod === undefined)
          ctx.addIssue({ code: 'custom', path: ['figurePeriod'], message: tr('Say which period the figure is for (e.g. 2024).') });
        if (u.sourceId === undefined)
          ctx.addIssue({ code: 'custom', path: ['sourceId'], message: tr('A figure needs the source that reports it: choose one.') });
      } else if (u.figurePeriod !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['figureValue'], message: tr('Give the figure for this period, or empty the period.') });
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
    commitmentId: id(label('Commitment')),
    expectedVersion: id(label('Version')),
    statedOn: isoDate(label('Stated on')).refine((v) => v <= today, { error: () => tr('The date the source gave it cannot be in the future.') }),
    plannedOn: isoDate(label('Planned completion')),
    plannedText: optionalText(label('Planned completion as stated'), 200),
    sourceId: id(label('Source')),
    note: optionalText(label('Note'), 2000),
  });
export type PlannedDateInput = z.infer<ReturnType<typeof plannedDateSchema>>;

export const observationSchema = z
  .object({
    metricId: id(label('Metric')),
    period: periodSchema(label('Period')),
    value: number(label('Value')),
    qualifier: z.enum(VALUE_QUALIFIERS, { error: () => tr('Choose how exact the value is.') }).default('exact'),
    sourceId: id(label('Source')),
    note: optionalText(label('Note'), 2000),
    preferred: checkbox,
    derived: checkbox,
  })
  .transform((o) => ({ ...o, periodEnd: periodEnd(o.period)! }));
export type ObservationInput = z.infer<typeof observationSchema>;

export const targetRevisionSchema = z
  .object({
    commitmentId: id(label('Commitment')),
    expectedVersion: id(label('Version')),
    revisedOn: isoDate(label('Revision date')),
    newTargetValue: optionalNumber(label('New target')),
    newDeadlineOn: optionalIsoDate(label('New deadline')),
    newDeadlineText: optionalText(label('Deadline as stated'), 200),
    newBaselineValue: optionalNumber(label('New baseline')),
    newBaselineOn: optionalIsoDate(label('New baseline date')),
    sourceId: id(label('Source')),
    note: optionalText(label('Note'), 2000),
  })
  .superRefine((r, ctx) => {
    const rebaseline = r.newBaselineValue !== undefined || r.newBaselineOn !== undefined;
    if (r.newTargetValue === undefined && r.newDeadlineOn === undefined && r.newDeadlineText === undefined && !rebaseline) {
      ctx.addIssue({
        code: 'custom',
        path: ['newTargetValue'],
        message: tr('Give a new target, a new deadline, a new baseline, or several of them.'),
      });
    }
    if ((r.newBaselineValue === undefined) !== (r.newBaselineOn === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [r.newBaselineValue === undefined ? 'newBaselineValue' : 'newBaselineOn'],
        message: tr('Give the new baseline value and its date together, or neither.'),
      });
    }
    if (r.newDeadlineText !== undefined && r.newDeadlineOn === undefined) {
      ctx.addIssue({ code: 'custom', path: ['newDeadlineOn'], message: tr('Give the date the new deadline words are read as.') });
    }
  });
export type TargetRevisionInput = z.infer<typeof targetRevisionSchema>;

export const commitmentSchema = z
  .object({
    id: optionalId(label('Commitment')),
    expectedVersion: optionalId(label('Version')),
    // "view" is the list's own address segment (/commitments/view/…): lib/list-views.ts.
    slug: slugSchema.refine((v) => v !== 'view', {
      error: () => tr('“{segment}” is taken by the list of commitments; choose another slug.', { segment: 'view' }),
    }),
    title: text(label('Title'), 200),
    summary: text(label('Summary'), 2000),
    category: z.enum(CATEGORIES, { error: () => tr('Choose a category.') }),
    kind: z.enum(COMMITMENT_KINDS, { error: () => tr('Choose a kind.') }),
    owner: text(label('Who committed'), 200),
    announcedOn: isoDate(label('Announcement date')),
    sourceId: id(label('Source')),
    quote: text(label('Quote from the source'), 4000),
    countries: z.array(z.enum(COUNTRY_CODES, { error: () => tr('Unknown country.') })).default([]),
    deadlineText: optionalText(label('Deadline as stated'), 200),
    deadlineOn: optionalIsoDate(label('Deadline date')),
    deadlineInterpreted: checkbox,
    deadlineNote: optionalText(label('Deadline note'), 2000),
    metricId: optionalId(label('Metric')),
    direction: z.preprocess(
      emptyToUndefined,
      z.enum(DIRECTIONS, { error: () => tr('Choose whether the value is to rise or fall to the target.') }).optional(),
    ),
    baselineValue: optionalNumber(label('Baseline value')),
    baselineOn: optionalIsoDate(label('Baseline date')),
    baselineNote: optionalText(label('Baseline note'), 2000),
    baselinePeriod: z.preprocess(emptyToUndefined, periodSchema(label('Baseline period')).optional()),
    targetValue: optionalNumber(label('Target value')),
    targetMultiple: optionalNumber(label('Target multiple')),
    targetNote: optionalText(label('Target note'), 2000),
    /** Why announced terms are changed in place: a correction of how they were recorded. */
    correctionReason: optionalText(label('Reason for the correction'), 1000),
  })
  .superRefine((c, ctx) => {
    if (c.kind === 'target') {
      if (c.metricId === undefined)
        ctx.addIssue({ code: 'custom', path: ['metricId'], message: tr('A numeric target needs the metric that measures it.') });
      if (c.targetValue === undefined && c.targetMultiple === undefined) {
        ctx.addIssue({ code: 'custom', path: ['targetValue'], message: tr('A numeric target needs a target value, or a multiple of the baseline.') });
      }
      if (c.targetValue !== undefined && c.targetMultiple !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['targetMultiple'],
          message: tr('Give either a target value or a multiple of the baseline, not both.'),
        });
      }
      if (c.baselinePeriod !== undefined && (c.baselineValue !== undefined || c.baselineOn !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['baselinePeriod'],
          message: tr('Give the baseline either as a value and date, or as the figure for a period, not both.'),
        });
      } else if ((c.baselineValue === undefined) !== (c.baselineOn === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['baselineOn'], message: tr('Give the baseline value and its date together, or neither.') });
      }
      if (c.targetMultiple !== undefined) {
        if (c.baselinePeriod === undefined && c.baselineValue === undefined) {
          ctx.addIssue({ code: 'custom', path: ['targetMultiple'], message: tr('A target given as a multiple needs a baseline to multiply.') });
        }
        if (c.baselineValue !== undefined && !(c.baselineValue > 0)) {
          ctx.addIssue({
            code: 'custom',
            path: ['baselineValue'],
            message: tr('A target given as a multiple needs a baseline above zero (five times zero is still zero).'),
          });
        }
        if (!(c.targetMultiple > 0))
          ctx.addIssue({ code: 'custom', path: ['targetMultiple'], message: tr('The multiple must be a positive number (5 for fivefold).') });
        else if ((c.direction ?? 'up') === 'up' && c.targetMultiple <= 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['targetMultiple'],
            message: tr('A rising target needs a multiple above 1 (5 for fivefold); for a fall, set the direction to fall.'),
          });
        } else if (c.direction === 'down' && c.targetMultiple >= 1) {
          ctx.addIssue({ code: 'custom', path: ['targetMultiple'], message: tr('A falling target needs a multiple below 1 (0.5 to halve).') });
        }
      }
      if (c.baselineValue !== undefined && c.targetValue !== undefined) {
        const problem = directionProblem(c.direction ?? 'up', c.baselineValue, c.targetValue);
        if (problem) ctx.addIssue({ code: 'custom', path: ['targetValue'], message: directionMessage(problem, c.baselineValue) });
      }
    }
    if (c.deadlineInterpreted && c.deadlineOn === undefined) {
      ctx.addIssue({ code: 'custom', path: ['deadlineOn'], message: tr('An interpreted deadline needs the date it is read as.') });
    }
    if (c.deadlineInterpreted && c.deadlineNote === undefined) {
      ctx.addIssue({ code: 'custom', path: ['deadlineNote'], message: tr('Say why the deadline is read this way.') });
    }
    if (c.deadlineOn !== undefined && c.deadlineOn < c.announcedOn) {
      ctx.addIssue({ code: 'custom', path: ['deadlineOn'], message: tr('The deadline cannot be before the announcement.') });
    }
  });
export type CommitmentInput = z.infer<typeof commitmentSchema>;

/** Why a target does not fit its direction, in words an editor can act on. */
export function directionMessage(problem: 'must-be-above' | 'must-be-below', baseline: number): string {
  return problem === 'must-be-above'
    ? tr('A rising target must be above its baseline ({baseline}). Raise the target, or set the direction to fall if the aim is a decrease.', {
        baseline,
      })
    : tr('A falling target must be below its baseline ({baseline}). Lower the target, or set the direction to rise if the aim is an increase.', {
        baseline,
      });
}

export const sourceSchema = z.object({
  id: optionalId(label('Source')),
  expectedVersion: optionalId(label('Version')),
  slug: slugSchema,
  title: text(label('Title'), 300),
  /** Empty = not recorded (shown as such). */
  publisher: optionalText(label('Publisher'), 200),
  publishedOn: isoDate(label('Publication date')),
  place: optionalText(label('Place'), 200),
  url: z.preprocess(emptyToUndefined, httpUrl(label('Address')).optional()),
  kind: z.enum(SOURCE_KINDS, { error: () => tr('Choose a kind of source.') }),
  description: optionalText(label('Description'), 2000),
});
export type SourceInput = z.infer<typeof sourceSchema>;

const tooLong = (name: FieldName) => tr('{label} is too long.', { label: say(name) });
const EMAIL = label('Email');
const PASSWORD = label('Password');

export const emailSchema = z
  .string({ error: () => required(EMAIL) })
  .trim()
  .toLowerCase()
  .min(1, { error: () => required(EMAIL) })
  .max(254, { error: () => tooLong(EMAIL) })
  .email({ error: () => tr('Enter an email address such as {example}.', { example: 'name@example.org' }) });

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: () => required(PASSWORD) })
    .min(1, { error: () => required(PASSWORD) })
    .max(200, { error: () => tooLong(PASSWORD) }),
});

export const inviteUserSchema = z.object({
  email: emailSchema,
  name: text(label('Name'), 120),
  role: z.enum(ROLES, { error: () => tr('Choose a role.') }),
});

export const changeRoleSchema = z.object({ userId: id(label('User')), role: z.enum(ROLES, { error: () => tr('Choose a role.') }) });
export const setDisabledSchema = z.object({
  userId: id(label('User')),
  disabled: z
    .enum(['true', 'false'], { error: () => tr('Say whether to disable the account: {yes} or {no}.', { yes: 'true', no: 'false' }) })
    .transform((v) => v === 'true'),
});
export const userIdSchema = z.object({ userId: id(label('User')) });
export const workspaceLocaleSchema = z.object({ locale: z.enum(WORKSPACE_LOCALES, { error: () => tr('Choose a language from the list.') }) });
/** A six-digit code from an authenticator app (spaces allowed). */
export const totpCodeSchema = z.object({
  code: z
    .string({ error: () => tr('Enter the six-digit code from your authenticator app.') })
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { error: () => tr('Enter the six digits your authenticator app shows now.') })),
});
/** At sign-in: a code from the app, or one of the recovery codes. */
export const secondFactorSchema = z.object({
  code: z
    .string({ error: () => tr('Enter the code from your authenticator app, or a recovery code.') })
    .trim()
    .min(1, { error: () => tr('Enter the code from your authenticator app, or a recovery code.') })
    .max(40, {
      error: () => tr('That is longer than any code: six digits from the app, or a recovery code like {example}.', { example: 'abcd-efgh-jkmn' }),
    }),
  next: z
    .string({ error: () => tr('The page to go back to must be one address.') })
    .max(300, { error: () => tr('The page to go back to is too long: at most 300 characters.') })
    .optional(),
});
export const preferObservationSchema = z.object({ observationId: id(label('Observation')) });
export const csvImportSchema = z.object({
  metricId: id(label('Metric')),
  csv: z.string({ error: () => tr('Choose a CSV file.') }).max(2_000_000, { error: () => tr('The file is larger than 2 MB.') }),
  confirm: checkbox,
});

/** A translated text: empty means "not translated" (readers get the English, marked). */
const optionalTranslation = (name: FieldName, max: number) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string({ error: () => singleText(name) })
      .trim()
      .max(max, { error: () => atMost(name, max) })
      .refine(hasVisibleCharacter, {
        error: () => tr('{label} holds only invisible characters; leave it empty to show the English text instead.', { label: say(name) }),
      })
      .optional(),
  );

/** Messages that name the language of a translation, whole, as "Russian" or "Kazakh" changes the words around it. */
const SUMMARY_NEEDS_TITLE: Record<TranslationLocale, () => string> = {
  ru: () => tr('A Russian summary needs a Russian title: add the title, or empty the summary.'),
  kk: () => tr('A Kazakh summary needs a Kazakh title: add the title, or empty the summary.'),
};
const UNIT_NEEDS_NAME: Record<TranslationLocale, () => string> = {
  ru: () => tr('A Russian unit or description needs a Russian name.'),
  kk: () => tr('A Kazakh unit or description needs a Kazakh name.'),
};

/** Russian and Kazakh title and summary of one commitment, as the translations form posts them. */
export const commitmentTranslationsSchema = z
  .object({
    commitmentId: id(label('Commitment')),
    expectedVersion: id(label('Version')),
    ruTitle: optionalTranslation(label('Russian title'), 200),
    ruSummary: optionalTranslation(label('Russian summary'), 2000),
    kkTitle: optionalTranslation(label('Kazakh title'), 200),
    kkSummary: optionalTranslation(label('Kazakh summary'), 2000),
  })
  .superRefine((v, ctx) => {
    // A summary alone would show a translated summary under an English title.
    for (const locale of TRANSLATION_LOCALES) {
      if (v[`${locale}Summary`] !== undefined && v[`${locale}Title`] === undefined) {
        ctx.addIssue({ code: 'custom', path: [`${locale}Title`], message: SUMMARY_NEEDS_TITLE[locale]() });
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
      .string({ error: () => tr('Enter your current password, once.') })
      .min(1, { error: () => tr('Enter your current password.') })
      .max(200, { error: () => tr('The current password is too long: passwords have at most 200 characters.') }),
    newPassword: z.string({ error: () => tr('Enter the new password, once.') }).max(200, { error: () => tr('The new password is too long.') }),
    confirmPassword: z.string({ error: () => tr('Enter the new password again, once.') }),
  })
  .superRefine((v, ctx) => {
    for (const problem of passwordProblems(v.newPassword)) ctx.addIssue({ code: 'custom', path: ['newPassword'], message: problem });
    if (v.newPassword !== v.confirmPassword)
      ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: tr('The two new passwords differ.') });
    if (v.newPassword === v.currentPassword)
      ctx.addIssue({ code: 'custom', path: ['newPassword'], message: tr('Choose a password different from the current one.') });
  });

const decimalsMessage = () => tr('Decimals must be a whole number from 0 to 6.');

/**
 * A metric: the series a numeric target is measured by. `unit` is the formatting key
 * ('USD bn' and '%' have built-in forms; anything else is written after the number), and
 * `unitLabel` how it reads in a sentence ('million tonnes' for 'Mt').
 */
export const metricSchema = z
  .object({
    id: optionalId(label('Metric')),
    expectedVersion: optionalId(label('Version')),
    slug: slugSchema,
    name: text({ english: 'Name', key: label('Name of a metric') }, 200),
    unit: text(label('Unit'), 40),
    unitLabel: optionalText(label('Unit in a sentence'), 80),
    decimals: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: decimalsMessage })
        .int({ error: decimalsMessage })
        .min(0, { error: decimalsMessage })
        .max(6, { error: decimalsMessage })
        .optional(),
    ),
    description: optionalText(label('Description'), 2000),
    ruName: optionalTranslation(label('Russian name'), 200),
    ruUnit: optionalTranslation(label('Russian unit'), 80),
    ruDescription: optionalTranslation(label('Russian description'), 2000),
    kkName: optionalTranslation(label('Kazakh name'), 200),
    kkUnit: optionalTranslation(label('Kazakh unit'), 80),
    kkDescription: optionalTranslation(label('Kazakh description'), 2000),
  })
  .superRefine((m, ctx) => {
    const unitLabel = m.unitLabel?.trim().toLowerCase();
    if (unitLabel && unitLabel.startsWith(m.unit.trim().toLowerCase() + ' ')) {
      ctx.addIssue({
        code: 'custom',
        path: ['unitLabel'],
        message: tr('The unit in a sentence repeats the unit; write only how the unit reads (e.g. “{example}”).', { example: 'million tonnes' }),
      });
    }
    for (const locale of TRANSLATION_LOCALES) {
      if ((m[`${locale}Unit`] !== undefined || m[`${locale}Description`] !== undefined) && m[`${locale}Name`] === undefined) {
        ctx.addIssue({ code: 'custom', path: [`${locale}Name`], message: UNIT_NEEDS_NAME[locale]() });
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
const chooseAddress = () => tr('Choose an address.');

export const archiveIdSchema = z.object({
  id: z.coerce
    .number({ error: chooseAddress })
    .int({ error: chooseAddress })
    .positive({ error: chooseAddress })
    .max(Number.MAX_SAFE_INTEGER, { error: chooseAddress }),
});
