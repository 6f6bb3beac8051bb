import type { NextConfig } from 'next';
import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';
import { listViewRewrites } from './lib/list-views';
import { routing } from './i18n/routing';

// Next's hydration scripts are inline and our public pages are cached, so a per-request
// nonce is not possible without rendering every visit; 'unsafe-inline' for scripts is the
// documented trade-off. Everything else is locked to our own origin.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

// The embed widget (/embed/..., /ru/embed/..., /kk/embed/...) is the one thing other sites may
// put in an iframe. Its headers are the same apart from framing; everything else refuses to be
// framed (clickjacking). The two rule sets match disjoint paths: when several rules set one
// header for a path, which value is sent is not something to rely on.
const embedHeaders = securityHeaders
  .filter((header) => header.key !== 'X-Frame-Options')
  .map((header) => {
    if (header.key !== 'Content-Security-Policy') return header;
    const value = header.value.replace("frame-ancestors 'none'", 'frame-ancestors *');
    if (value === header.value) throw new Error("next.config.ts: the CSP no longer says frame-ancestors 'none'; update embedHeaders");
    return { ...header, value };
  });
const EMBED_PATH = '(?:(?:en|ru|kk)/)?embed(?:/|$)';

// The languages served under their own prefix (/ru, /kk).
const OTHER_LOCALES = routing.locales.filter((locale) => locale !== routing.defaultLocale).join('|');

// Address prefixes that are not English pages: the other languages, the internal English
// prefix itself, route handlers and the English-only workspace.
const NON_ENGLISH_PREFIXES = [...routing.locales, 'api', '_next', 'editor', 'sign-in'].join('|');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Compression belongs to the reverse proxy in front (TLS, gzip/brotli in native code on
  // every core). Next's own gzip runs on the server's one JavaScript thread for every
  // response, cached or not: on this 2-core machine it cut a cached 100 KB page from 620 to
  // 390 requests/s. HTTP_COMPRESSION=on turns it back on where nothing sits in front.
  compress: process.env.HTTP_COMPRESSION === 'on',
  // Next hashes every page it sends, in JavaScript, to make an ETag: a fifth of the CPU a
  // cached 150 KB page costs. Pages are cached here and by the proxy (s-maxage); the open
  // data API computes its own ETags once per cached body (lib/open-data/http.ts).
  generateEtags: false,
  // unauthorized() / forbidden() give write paths real 401 / 403 responses.
  // serverActions: a form may send 3 MB (the CSV import takes 2 MB of text); proxy.ts refuses
  // larger ones with a 413 first, as Next would answer 500. Keep equal to lib/action-limits.ts.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '3mb' } },
  // The end-to-end suite builds into its own folder so it never overwrites the build
  // that `npm run demo` serves from the real database.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Several instances on one database see each other's saves: see lib/server/shared-cache-handler.mjs.
  cacheHandler: fileURLToPath(new URL('./lib/server/shared-cache-handler.mjs', import.meta.url)),
  // libSQL ships a native module; keep it out of the server bundle.
  serverExternalPackages: ['@libsql/client', 'libsql'],
  // Languages (see i18n/routing.ts): Russian and Kazakh pages live under /ru and /kk, English
  // at the unprefixed address, served internally from /en. This is a config rewrite rather
  // than next-intl's middleware: since Next 16.2.6 a middleware rewrite is answered with a
  // 307 loop when the server listens on an explicit loopback host (vercel/next.js#94342),
  // and a rewrite here costs no middleware call on every cached page.
  async rewrites() {
    return {
      beforeFiles: [],
      // After files: public files and static routes (/api/health, /sign-in) win first.
      afterFiles: [
        // Order matters for speed as well as meaning. Next tries these rules in turn for every
        // request that is not a plain file, and a route re-checks them while preparing the
        // request, compiling each one again (about 2 µs a rule). With the list's 192 view rules
        // first, every page and API call paid for all of them: 15% of an API request. So each
        // kind of address meets a rule that settles it first, and only list addresses reach
        // the view rules.
        // The API's handlers are served where they are; this rule only stops the search, first,
        // so an API call does not compile the catch-all below.
        { source: '/api/:path+', destination: '/api/:path+' },
        { source: '/', destination: '/en' },
        // The API's documentation page is English at /api, while everything below /api/ is a route handler.
        { source: '/api', destination: '/en/api' },
        // English pages, except the list itself (it has its view rules below).
        { source: `/:path((?!(?:${NON_ENGLISH_PREFIXES})(?:/|$)|commitments$).*)`, destination: '/en/:path' },
        // Russian and Kazakh pages are served where they are: like the API's, these rules only
        // stop the search (after the English rule: most requests are English). Their lists go on
        // to the view rules. Without them a /ru page walked all 199 rules, 0.47 ms a request.
        // The locale is passed on as written: Next matches sources without regard to case, and
        // /RU/sources must stay a 404 rather than become the Russian page.
        { source: `/:locale(${OTHER_LOCALES})`, destination: '/:locale' },
        { source: `/:locale(${OTHER_LOCALES})/:path((?!commitments$).+)`, destination: '/:locale/:path' },
        // The list's common filter combinations go to a cached path per view (lib/list-views.ts).
        ...listViewRewrites(routing.locales, routing.defaultLocale),
        // Any other English list address (a search, a deep page) renders per visit.
        { source: '/commitments', destination: '/en/commitments' },
      ],
      fallback: [],
    };
  },
  async redirects() {
    // One address per page: the English prefix is only internal.
    return [
      { source: '/en', destination: '/', permanent: true },
      // Except the preview images: Next writes their og:image address with the internal
      // /en/ (the route's real path), and a social network's crawler should get the image
      // itself, not a redirect to it.
      { source: '/en/:path((?!(?:[^/]+/)*opengraph-image-[^/]+/).*)', destination: '/:path', permanent: true },
    ];
  },
  async headers() {
    return [
      { source: `/:path((?!${EMBED_PATH}).*)`, headers: securityHeaders },
      { source: '/embed/:path*', headers: embedHeaders },
      { source: '/:locale(en|ru|kk)/embed/:path*', headers: embedHeaders },
    ];
  },
};

// next-intl reads the locale and messages for each request from i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

export default withNextIntl(nextConfig);
