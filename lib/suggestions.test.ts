import { describe, expect, it } from 'vitest';
import { SUGGESTION_LIMITS, suggestionBuckets, suggestionDecision, suggestionSchema } from './suggestions';

const NOW = new Date('2026-12-03T12:00:00.000Z');
const valid = { commitmentId: '4', body: 'The first train ran on the new line on 1 December.', consent: '' };
const errorsOf = (input: Record<string, unknown>) => {
  const parsed = suggestionSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.') || '_', i.message]));
};

describe('suggestionSchema', () => {
  it('takes what happened, a link, a name, an email with consent and a real PDF; keeps a name without its path', () => {
    const parsed = suggestionSchema.parse({
      ...valid,
      link: ' https://example.org/news ',
      name: 'A. Reader',
      email: 'reader@example.org',
      consent: 'on',
      file: { name: 'C:\\scans\\protocol.pdf', bytes: new TextEncoder().encode('%PDF-1.4 x') },
    });
    expect(parsed).toMatchObject({
      commitmentId: 4,
      link: 'https://example.org/news',
      name: 'A. Reader',
      email: 'reader@example.org',
      consent: true,
    });
    expect(parsed.file).toMatchObject({ name: 'protocol.pdf', contentType: 'application/pdf' });
    expect(suggestionSchema.parse({ ...valid, link: '', name: '  ', email: '' })).toMatchObject({
      link: undefined,
      name: undefined,
      email: undefined,
    });
  });

  it('refuses each hostile or broken input with its own message key', () => {
    expect(errorsOf({ ...valid, body: 'too short' })).toEqual({ body: 'bodyShort' });
    expect(errorsOf({ ...valid, body: 'x'.repeat(4001) })).toEqual({ body: 'bodyLong' });
    expect(errorsOf({ ...valid, body: `Looks fine, but hides ${String.fromCharCode(0)} a NUL character` })).toEqual({ body: 'bodyControl' });
    expect(errorsOf({ ...valid, link: 'javascript:alert(1)' })).toEqual({ link: 'link' });
    expect(errorsOf({ ...valid, link: 'https://user:secret@example.org/' })).toEqual({ link: 'link' });
    expect(errorsOf({ ...valid, link: `https://example.org/${'a'.repeat(2001)}` })).toEqual({ link: 'linkLong' });
    expect(errorsOf({ ...valid, email: 'not-an-email', consent: 'on' })).toEqual({ email: 'email' });
    expect(errorsOf({ ...valid, email: 'reader@example.org' })).toEqual({ consent: 'consent' });
    expect(errorsOf({ ...valid, name: 'n'.repeat(121) })).toEqual({ name: 'nameLong' });
    expect(errorsOf({ ...valid, file: { name: 'scan.pdf', bytes: new TextEncoder().encode('<html><script>alert(1)</script>') } })).toEqual({
      file: 'fileType',
    });
    expect(errorsOf({ ...valid, file: { name: 'big.pdf', bytes: new Uint8Array(2 * 1024 * 1024 + 1) } })).toEqual({ file: 'fileLarge' });
    expect(errorsOf({ ...valid, commitmentId: 'x' })).toHaveProperty('commitmentId');
  });

  it('keeps markup as text: the note is never HTML', () => {
    expect(suggestionSchema.parse({ ...valid, body: '<img src=x onerror=alert(1)> happened on Monday' }).body).toBe(
      '<img src=x onerror=alert(1)> happened on Monday',
    );
  });
});

describe('suggestion limits', () => {
  const full = (limit: { max: number }) => ({ failures: limit.max, oldestAt: '2026-12-03T11:30:00.000Z' });

  it('count per commitment always, per sender when a trusted proxy gives the address, and all unknown senders together otherwise', () => {
    expect(suggestionBuckets(true)).toEqual(['perCommitment', 'perAddress']);
    expect(suggestionBuckets(false)).toEqual(['perCommitment', 'untrusted']);
  });

  it('say which limit was hit and when to come back', () => {
    expect(suggestionDecision({}, suggestionBuckets(true), NOW)).toEqual({ allowed: true });
    expect(suggestionDecision({ perAddress: full(SUGGESTION_LIMITS.perAddress) }, suggestionBuckets(true), NOW)).toEqual({
      allowed: false,
      retryAfterSeconds: 30 * 60,
      bucket: 'perAddress',
    });
    expect(suggestionDecision({ perCommitment: full(SUGGESTION_LIMITS.perCommitment) }, suggestionBuckets(false), NOW)).toMatchObject({
      allowed: false,
      bucket: 'perCommitment',
    });
    // Another sender's bucket is not this one's.
    expect(suggestionDecision({ perAddress: full(SUGGESTION_LIMITS.perAddress) }, suggestionBuckets(false), NOW)).toEqual({ allowed: true });
  });
});
