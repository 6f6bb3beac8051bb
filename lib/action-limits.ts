// How large a form a server action may send. Next refuses a larger body itself, but inside
// the action machinery, where the refusal becomes an HTTP 500 with no message; proxy.ts
// therefore refuses it first, by its Content-Length, with a 413 that says what happened.
// next.config.ts sets Next's own limit (serverActions.bodySizeLimit) to the same value.

/** 3 MB: room for the CSV import's 2 MB of text, whatever its characters, and the other fields. */
export const ACTION_BODY_LIMIT_BYTES = 3 * 1024 * 1024;

/** The refusal for a form whose declared size is over the limit; null when it may pass. */
export function oversizedFormMessage(contentLength: string | null): string | null {
  if (contentLength === null || !/^\d+$/.test(contentLength.trim())) return null;
  const bytes = Number(contentLength);
  if (bytes <= ACTION_BODY_LIMIT_BYTES) return null;
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return `The form sent ${mb(bytes)} MB; a form may send at most ${mb(ACTION_BODY_LIMIT_BYTES)} MB. Nothing was saved.`;
}
