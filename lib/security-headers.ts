// The response headers every page gets (next.config.ts). Pure, so the rules are unit-tested.
//
// Next's hydration scripts are inline and our public pages are cached, so a per-request
// nonce is not possible without rendering every visit; 'unsafe-inline' for scripts is the
// documented trade-off. Everything else is locked to our own origin.

export type Header = { key: string; value: string };

export function contentSecurityPolicy({ development }: { development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Two years, subdomains included: the value the HSTS preload list asks for. */
export const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * The headers for a site served at `siteUrl`. Strict-Transport-Security only when the site is
 * https: sent over plain http it would be ignored at best, and a wrong SITE_URL must not make
 * browsers refuse a site that has no certificate.
 */
export function securityHeaders({ siteUrl, development }: { siteUrl: string | undefined; development: boolean }): Header[] {
  const headers: Header[] = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ development }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ];
  if (siteUrl?.startsWith('https://')) headers.push({ key: 'Strict-Transport-Security', value: HSTS });
  return headers;
}

/**
 * The embed widget's headers: the same apart from framing, which any site may do. Everything
 * else refuses to be framed (clickjacking).
 */
export function embedHeaders(headers: Header[]): Header[] {
  return headers
    .filter((header) => header.key !== 'X-Frame-Options')
    .map((header) => {
      if (header.key !== 'Content-Security-Policy') return header;
      const value = header.value.replace("frame-ancestors 'none'", 'frame-ancestors *');
      if (value === header.value) throw new Error("the CSP no longer says frame-ancestors 'none'; update embedHeaders");
      return { ...header, value };
    });
}

/**
 * The headers of a stored copy (an archived page, an attached file), served from our origin.
 * The bytes are someone else's: nothing in them may run here. No script, style sheet, frame or
 * request leaves the page (default-src 'none'); an HTML copy is also sandboxed, so it has no
 * origin at all (no cookies, no forms). A PDF is not sandboxed because browsers refuse to show
 * a PDF in a sandbox; the policy still forbids it scripts.
 */
export function storedCopyHeaders({ contentType, siteUrl }: { contentType: string; siteUrl: string | undefined }): Record<string, string> {
  const html = contentType === 'text/html' || contentType === 'application/xhtml+xml';
  const policy = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    'img-src data:',
    "frame-ancestors 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ];
  if (html) policy.push('sandbox');
  const headers: Record<string, string> = {
    'Content-Security-Policy': policy.join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
  if (siteUrl?.startsWith('https://')) headers['Strict-Transport-Security'] = HSTS;
  return headers;
}
