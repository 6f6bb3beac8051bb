// Types for shared-cache-handler.mjs (plain JavaScript: Next imports it at run time).
export type TagRevalidation = { stale?: number; expired?: number };
export type RevalidationRow = { tag: unknown; stale_at: unknown; expired_at: unknown; updated_at: unknown };

export function syncIntervalMs(env?: Record<string, string | undefined>): number;
export function pageHtmlAsBytes<T extends { value?: { kind?: string; html?: unknown } | null } | null | undefined>(entry: T): T;
export function revalidationsChange(manifest: Map<string, TagRevalidation>, rows: readonly RevalidationRow[]): boolean;
export function mergeRevalidations(manifest: Map<string, TagRevalidation>, rows: readonly RevalidationRow[], seenUntil?: number): number;

declare const SharedTagsCache: new (context: unknown) => object;
export default SharedTagsCache;
