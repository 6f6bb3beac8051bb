import { describe, expect, it } from 'vitest';
import {
  archiveKey,
  archiveView,
  failureReason,
  FIRST_RETRY_MS,
  isRetryable,
  LONGEST_RETRY_MS,
  nextRetryAt,
  type ArchiveRecord,
} from './archive-status';

const NOW = new Date('2026-12-03T10:00:00.000Z');
const wait = (at: string | null) => (at === null ? null : Date.parse(at) - NOW.getTime());

describe('retries', () => {
  it('back off: 5 min, then twice as long each time, never more than a week apart', () => {
    expect([1, 2, 3, 4].map((n) => wait(nextRetryAt('unreachable', n, NOW)))).toEqual([1, 2, 4, 8].map((k) => k * FIRST_RETRY_MS));
    expect(wait(nextRetryAt('timeout', 12, NOW))).toBe(LONGEST_RETRY_MS);
    expect(wait(nextRetryAt('http-error', 500, NOW))).toBe(LONGEST_RETRY_MS);
  });

  it('stop for what another try cannot change: a refused address, a bad URL, a file that is no page', () => {
    for (const failure of ['refused-address', 'scheme', 'invalid-url', 'unsupported-type'] as const) {
      expect(isRetryable(failure)).toBe(false);
      expect(nextRetryAt(failure, 1, NOW)).toBeNull();
    }
    for (const failure of ['dns', 'unreachable', 'timeout', 'http-error', 'too-many-redirects'] as const) expect(isRetryable(failure)).toBe(true);
  });
});

describe('archiveView', () => {
  const base: ArchiveRecord = {
    id: 3,
    state: 'archived',
    fetchedAt: '2026-11-30T08:00:00.000Z',
    sha256: 'f'.repeat(64),
    byteLength: 1234,
    truncated: false,
    contentType: 'text/html',
    finalUrl: 'https://example.org/',
    httpStatus: 200,
    failure: null,
    nextAttemptAt: '2026-12-07T08:00:00.000Z',
    deadSince: null,
  };

  it('an archived address: its day, digest and size; a dead one says since when', () => {
    expect(archiveView(base)).toEqual({
      kind: 'archived',
      id: 3,
      on: '2026-11-30',
      sha256: 'f'.repeat(64),
      byteLength: 1234,
      truncated: false,
      deadSince: null,
    });
    expect(archiveView({ ...base, deadSince: '2026-12-02T01:00:00.000Z' })).toMatchObject({ deadSince: '2026-12-02' });
  });

  it('a failure in a reader’s words, and whether it will be tried again; no row is pending', () => {
    expect(archiveView({ ...base, state: 'failed', sha256: null, failure: 'dns', httpStatus: null })).toEqual({
      kind: 'failed',
      reason: 'unreachable',
      status: null,
      willRetry: true,
    });
    expect(archiveView({ ...base, state: 'failed', failure: 'refused-address', nextAttemptAt: null })).toMatchObject({
      reason: 'refused',
      willRetry: false,
    });
    expect(archiveView(null)).toEqual({ kind: 'pending' });
    expect(failureReason('unsupported-type')).toBe('not-a-page');
    expect(failureReason('too-many-redirects')).toBe('redirects');
  });
});

describe('archiveKey', () => {
  it('one key per address however it is written; only http(s) is ever fetched', () => {
    expect(archiveKey('HTTPS://Example.ORG/a?b=1#frag')).toBe('https://example.org/a?b=1');
    expect(archiveKey('  https://example.org  ')).toBe('https://example.org/');
    expect(archiveKey('ftp://example.org/file')).toBeNull();
    expect(archiveKey('javascript:alert(1)')).toBeNull();
    expect(archiveKey('not a url')).toBeNull();
  });
});
