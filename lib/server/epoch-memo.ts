// A small in-process memo whose entries are valid only for the epoch they were made in (the
// cache handler's count of tag revalidations: lib/server/cache-epoch.ts) and for a short time.
// Pure, so it is unit-tested without Next.

import { setBounded } from '../bounded-map';

export type EpochMemo<V> = {
  /** The value stored under `key` in this `epoch`, not older than the time limit; undefined otherwise. */
  get(key: string, epoch: number): { value: V } | undefined;
  /** `epoch` must be the one read before the value was computed, so a revalidation during it wins. */
  set(key: string, value: V, epoch: number): void;
  readonly size: number;
};

export function createEpochMemo<V>({ max, ttlMs, now = Date.now }: { max: number; ttlMs: number; now?: () => number }): EpochMemo<V> {
  const entries = new Map<string, { value: V; epoch: number; at: number }>();
  return {
    get(key, epoch) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.epoch !== epoch || now() - entry.at >= ttlMs) {
        entries.delete(key);
        return undefined;
      }
      return { value: entry.value };
    },
    set(key, value, epoch) {
      setBounded(entries, key, { value, epoch, at: now() }, max);
    },
    get size() {
      return entries.size;
    },
  };
}
