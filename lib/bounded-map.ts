/**
 * Stores `value` under `key` as the newest entry and drops the oldest ones beyond `max` (a Map
 * iterates in insertion order). For the server's small in-process memos.
 */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value as K);
}
