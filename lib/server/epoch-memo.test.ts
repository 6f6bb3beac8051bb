import { describe, expect, it } from 'vitest';
import { createEpochMemo } from './epoch-memo';

describe('epoch memo', () => {
  const clock = () => {
    let t = 1_000;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it('returns a value only in the epoch it was made in', () => {
    const memo = createEpochMemo<string>({ max: 10, ttlMs: 5_000 });
    memo.set('a', 'body', 3);
    expect(memo.get('a', 3)).toEqual({ value: 'body' });
    expect(memo.get('a', 4)).toBeUndefined();
    // Gone for good: going back to the old epoch does not revive it.
    expect(memo.get('a', 3)).toBeUndefined();
  });

  it('keeps null (no such commitment) as a value, distinct from a miss', () => {
    const memo = createEpochMemo<string | null>({ max: 10, ttlMs: 5_000 });
    expect(memo.get('missing', 0)).toBeUndefined();
    memo.set('missing', null, 0);
    expect(memo.get('missing', 0)).toEqual({ value: null });
  });

  it('forgets entries after the time limit', () => {
    const c = clock();
    const memo = createEpochMemo<number>({ max: 10, ttlMs: 5_000, now: c.now });
    memo.set('a', 1, 0);
    c.advance(4_999);
    expect(memo.get('a', 0)).toEqual({ value: 1 });
    c.advance(1);
    expect(memo.get('a', 0)).toBeUndefined();
  });

  it('holds at most `max` entries, dropping the oldest stored', () => {
    const memo = createEpochMemo<number>({ max: 2, ttlMs: 5_000 });
    memo.set('a', 1, 0);
    memo.set('b', 2, 0);
    memo.set('a', 3, 0); // stored again: now the newest
    memo.set('c', 4, 0);
    expect(memo.size).toBe(2);
    expect(memo.get('b', 0)).toBeUndefined();
    expect(memo.get('a', 0)).toEqual({ value: 3 });
    expect(memo.get('c', 0)).toEqual({ value: 4 });
  });

  it('a value computed across a revalidation is never served as current', () => {
    const memo = createEpochMemo<string>({ max: 10, ttlMs: 5_000 });
    let epoch = 7;
    const before = epoch; // read before the (slow) read of the data
    epoch += 1; // a save revalidates meanwhile
    memo.set('a', 'old body', before);
    expect(memo.get('a', epoch)).toBeUndefined();
  });
});
