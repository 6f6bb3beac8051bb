import { z } from 'zod';
import { secondsUntilBelowLimit, type BucketCount, type Limit } from './rate-limit';
import { sniffEvidenceFile } from './file-sniff';

// The public "Suggest an update" form (issue 16, part 3): what a reader may send, and how often.
// Pure. Error messages are keys of the `suggest.errors` messages, said in the reader's language
// by the action; the limits reuse the sign-in limiter's arithmetic (lib/rate-limit.ts).

export const SUGGESTION_LIMITS = {
  /** One reader (the address a trusted proxy gives): a handful an hour is plenty for honest use. */
  perAddress: { max: 5, windowMinutes: 60 },
  /** One commitment, whoever sends: a flood on one page stops there. */
  perCommitment: { max: 20, windowMinutes: 60 },
  /** Everyone together when no address is known (no trusted proxy): the whole form, bounded. */
  untrusted: { max: 60, windowMinutes: 60 },
} satisfies Record<string, Limit>;

export type SuggestionBucket = keyof typeof SUGGESTION_LIMITS;

export const SUGGESTION_BODY_MAX = 4000;
export const SUGGESTION_FILE_MAX_BYTES = 2 * 1024 * 1024;

export type SuggestionDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; bucket: SuggestionBucket };

/** The buckets a suggestion counts in: its commitment always; its address when one is known, else the shared one. */
export function suggestionBuckets(addressKnown: boolean): SuggestionBucket[] {
  return addressKnown ? ['perCommitment', 'perAddress'] : ['perCommitment', 'untrusted'];
}

export function suggestionDecision(
  counts: Partial<Record<SuggestionBucket, BucketCount>>,
  buckets: SuggestionBucket[],
  now: Date,
): SuggestionDecision {
  let worst: { seconds: number; bucket: SuggestionBucket } | null = null;
  for (const bucket of buckets) {
    const seconds = secondsUntilBelowLimit(counts[bucket] ?? { failures: 0, oldestAt: null }, SUGGESTION_LIMITS[bucket], now);
    if (seconds !== null && (worst === null || seconds > worst.seconds)) worst = { seconds, bucket };
  }
  return worst === null ? { allowed: true } : { allowed: false, retryAfterSeconds: worst.seconds, bucket: worst.bucket };
}

const optionalText = (max: number, tooLong: string) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string({ error: 'invalid' }).trim().max(max, tooLong).optional());

/**
 * The form as the action reads it. `website` is the honeypot: a field people never see (it is
 * hidden and out of the tab order) that form-filling robots do; the action drops a suggestion
 * that fills it, answering as if it were taken.
 */
export const suggestionSchema = z
  .object({
    commitmentId: z.coerce.number({ error: 'commitment' }).int('commitment').positive('commitment'),
    body: z
      .string({ error: 'bodyRequired' })
      .trim()
      .min(20, 'bodyShort')
      .max(SUGGESTION_BODY_MAX, 'bodyLong')
      // Control characters other than line breaks and tabs have no business in a note.
      .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), 'bodyControl'),
    link: optionalText(2000, 'linkLong').refine((v) => {
      if (v === undefined) return true;
      try {
        const url = new URL(v);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
      } catch {
        return false;
      }
    }, 'link'),
    name: optionalText(120, 'nameLong'),
    email: optionalText(254, 'email').refine((v) => v === undefined || z.email().safeParse(v).success, 'email'),
    consent: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
    website: z.string().optional(),
    file: z
      .object({ name: z.string().max(1000), bytes: z.instanceof(Uint8Array) })
      .optional()
      .superRefine((f, ctx) => {
        if (!f) return;
        if (f.bytes.byteLength > SUGGESTION_FILE_MAX_BYTES) ctx.addIssue({ code: 'custom', message: 'fileLarge' });
        else if (sniffEvidenceFile(f.bytes) === null) ctx.addIssue({ code: 'custom', message: 'fileType' });
      }),
  })
  .superRefine((s, ctx) => {
    if (s.email !== undefined && !s.consent) ctx.addIssue({ code: 'custom', path: ['consent'], message: 'consent' });
  })
  .transform((s) => ({
    ...s,
    file: s.file
      ? {
          name:
            s.file.name
              .replace(/^.*[\\/]/, '')
              .replace(/[\u0000-\u001f\u007f]/g, '')
              .trim()
              .slice(0, 200) || 'attachment',
          contentType: sniffEvidenceFile(s.file.bytes)!,
          bytes: s.file.bytes,
        }
      : undefined,
  }));

export type SuggestionInput = z.output<typeof suggestionSchema>;

/** An editor's rejection: the reason is required, and kept with the suggestion. */
export const rejectSuggestionSchema = z.object({
  id: z.coerce
    .number({ error: 'Choose a suggestion.' })
    .int('Choose a suggestion.')
    .positive('Choose a suggestion.')
    .max(Number.MAX_SAFE_INTEGER, 'Choose a suggestion.'),
  reason: z
    .string({ error: 'Say why the suggestion is rejected.' })
    .trim()
    .min(3, 'Say why the suggestion is rejected (a few words are enough).')
    .max(1000, 'The reason must be at most 1000 characters.')
    .refine((v) => /[\p{L}\p{N}]/u.test(v), 'Say why the suggestion is rejected, in words.'),
});

export const suggestionIdSchema = z.object({
  id: z.coerce
    .number({ error: 'Choose a suggestion.' })
    .int('Choose a suggestion.')
    .positive('Choose a suggestion.')
    .max(Number.MAX_SAFE_INTEGER, 'Choose a suggestion.'),
});
