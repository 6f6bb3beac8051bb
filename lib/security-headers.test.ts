import { describe, expect, it } from 'vitest';
import { embedHeaders, HSTS, securityHeaders, storedCopyHeaders } from './security-headers';

const keys = (headers: { key: string }[]) => headers.map((h) => h.key);

describe('securityHeaders', () => {
  it('sends Strict-Transport-Security only when the site is https', () => {
    expect(securityHeaders({ siteUrl: 'https://tracker.example.org', development: false })).toContainEqual({
      key: 'Strict-Transport-Security',
      value: HSTS,
    });
    for (const siteUrl of ['http://localhost:3000', 'http://tracker.example.org', undefined]) {
      expect(keys(securityHeaders({ siteUrl, development: false }))).not.toContain('Strict-Transport-Security');
    }
    expect(HSTS).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(HSTS)![1])).toBeGreaterThanOrEqual(31_536_000);
  });

  it('locks scripts to our origin, refuses framing and allows eval only in development', () => {
    const csp = securityHeaders({ siteUrl: undefined, development: false }).find((h) => h.key === 'Content-Security-Policy')!.value;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(securityHeaders({ siteUrl: undefined, development: true }).find((h) => h.key === 'Content-Security-Policy')!.value).toContain(
      'unsafe-eval',
    );
    expect(keys(securityHeaders({ siteUrl: undefined, development: false }))).toContain('X-Frame-Options');
  });

  it('lets any site frame the embed widget, and nothing else changes', () => {
    const site = securityHeaders({ siteUrl: 'https://tracker.example.org', development: false });
    const embed = embedHeaders(site);
    expect(keys(embed)).not.toContain('X-Frame-Options');
    expect(embed.find((h) => h.key === 'Content-Security-Policy')!.value).toContain('frame-ancestors *');
    expect(embed.find((h) => h.key === 'Strict-Transport-Security')).toEqual({ key: 'Strict-Transport-Security', value: HSTS });
  });
});

describe('storedCopyHeaders', () => {
  it('lets nothing in a stored copy run: no scripts or requests, an HTML copy sandboxed, never framed', () => {
    const html = storedCopyHeaders({ contentType: 'text/html', siteUrl: 'https://tracker.example' });
    expect(html['Content-Security-Policy']).toContain("default-src 'none'");
    expect(html['Content-Security-Policy']).toMatch(/(^|; )sandbox($|;)/);
    expect(html['Content-Security-Policy']).not.toContain('script-src');
    expect(html).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Strict-Transport-Security': HSTS,
    });
    const pdf = storedCopyHeaders({ contentType: 'application/pdf', siteUrl: 'http://localhost:3000' });
    // Browsers will not show a PDF in a sandbox; it still gets no scripts.
    expect(pdf['Content-Security-Policy']).not.toContain('sandbox');
    expect(pdf['Content-Security-Policy']).toContain("default-src 'none'");
    expect(pdf['Strict-Transport-Security']).toBeUndefined();
  });
});
