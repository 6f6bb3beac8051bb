// Types for shared-cache-handler.mjs (plain JavaScript: Next imports it at run time).
export type TagRevalidation = { stale?: number; expired?: number };
export type RevalidationRow = { tag: unknown; stale_at: unknown; expired_at: unknown; updated_at: unknown };

export const tagTimes: Map<string, TagRevalidation>;
export function syncIntervalMs(env?: Record<string, string | undefined>): number;
export function megabytes(name: string, fallback: number, env?: Record<string, string | undefined>): number;
export function pageHtmlAsBytes<T extends { value?: { kind?: string; html?: unknown } | null } | null | undefined>(entry: T): T;
export function worthStoring(data: { kind?: string; status?: number } | null | undefined): boolean;
export function entryTags(data: { headers?: Record<string, unknown> } | null | undefined, ctx?: { tags?: string[] }): string[];
export function revalidatedSince(lastModified: number, tags: readonly string[], times?: Map<string, TagRevalidation>): boolean;
export function sizeOf(value: unknown): number;
export function revalidationsChange(manifest: Map<string, TagRevalidation>, rows: readonly RevalidationRow[]): boolean;
export function mergeRevalidations(manifest: Map<string, TagRevalidation>, rows: readonly RevalidationRow[], seenUntil?: number): number;

export class SizedLru<T = unknown> {
  constructor(maxBytes: number);
  get(key: string): T | undefined;
  /** Stores an entry; returns the keys it pushed out. */
  set(key: string, entry: T, size: number): string[];
  delete(key: string): boolean;
  readonly size: number;
  readonly bytes: number;
}

declare class CacheHandler {
  constructor(context?: unknown);
  get(key: string, ctx?: { tags?: string[]; softTags?: string[] }): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
export default CacheHandler;
