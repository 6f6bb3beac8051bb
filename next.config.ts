import type { NextConfig } from 'next';
import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';
import { VIEW_KEYS } from './lib/list-views';
import { routing } from './i18n/routing';
import { embedHeaders as buildEmbedHeaders, securityHeaders as buildSecurityHeaders } from './lib/security-headers';

// Headers: lib/security-headers.ts. They are fixed when the app is built, so SITE_URL (https or
// not, which decides Strict-Transport-Security) must be set for `next build`.
const securityHeaders = buildSecurityHeaders({ siteUrl: process.env.SITE_URL, development: process.env.NODE_ENV === 'development' });
// The two rule sets below match disjoint paths: when several rules set one header for a path,
// which value is sent is not something to rely on.
const embedHeaders = buildEmbedHeaders(securityHeaders);
const EMBED_PATH = '(?:(?:en|ru|kk)/)?embed(?:/|$)';

// Stored copies (archived pages, attached files): route handlers at the root that set every
// header themselves (lib/security-headers.ts storedCopyHeaders), so the site's rule skips them.
const STORED_COPY_PREFIXES = ['archive', 'files'];

// The languages served under their own prefix (/ru, /kk).
const OTHER_LOCALES = routing.locales.filter((locale) => locale !== routing.defaultLocale).join('|');

// Address prefixes that are not English pages: the other languages, the internal English
// prefix itself, route handlers and the English-only workspace.
const NON_ENGLISH_PREFIXES = [...routing.locales, 'api', '_next', 'editor', 'sign-in', ...STORED_COPY_PREFIXES].join('|');

// The list with none of its filters or a search in the address.
const BARE_LIST = [...VIEW_KEYS, 'q'].map((key) => ({ type: 'query' as const, key }));

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
  // Our page and data cache (Next's documented cacheHandler interface): bounded in memory and on
  // disk, shared revalidations between instances. See lib/server/shared-cache-handler.mjs.
  cacheHandler: fileURLToPath(new URL('./lib/server/shared-cache-handler.mjs', import.meta.url)),
  // The handler keeps its own memory store; Next's in front of it would hold every page twice.
  cacheMaxMemorySize: 0,
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
        // request, compiling each one again (about 2 µs a rule). So each kind of address meets
        // a rule that settles it first; the list's own rules come last. There are eight in all,
        // whatever the number of filters (the views have paths: lib/list-views.ts).
        // The API's handlers are served where they are; this rule only stops the search, first,
        // so an API call does not compile the catch-all below.
        { source: '/api/:path+', destination: '/api/:path+' },
        { source: '/', destination: '/en' },
        // The API's documentation page is English at /api, while everything below /api/ is a route handler.
        { source: '/api', destination: '/en/api' },
        // English pages, except the list itself (its rules are below).
        { source: `/:path((?!(?:${NON_ENGLISH_PREFIXES})(?:/|$)|commitments$).*)`, destination: '/en/:path' },
        // Russian and Kazakh pages are served where they are: like the API's, these rules only
        // stop the search (after the English rule: most requests are English). Their lists go on
        // to the list's rules.
        // The locale is passed on as written: Next matches sources without regard to case, and
        // /RU/sources must stay a 404 rather than become the Russian page.
        { source: `/:locale(${OTHER_LOCALES})`, destination: '/:locale' },
        { source: `/:locale(${OTHER_LOCALES})/:path((?!commitments$).+)`, destination: '/:locale/:path' },
        // The bare list is the view with no filter, cached like every page (lib/list-views.ts);
        // views with filters have their own paths, /commitments/view/…, and need no rule.
        { source: '/commitments', missing: BARE_LIST, destination: '/en/commitments/view' },
        { source: `/:locale(${OTHER_LOCALES})/commitments`, missing: BARE_LIST, destination: '/:locale/commitments/view' },
        // Any other English list address (a search, a deep page, an old link to a view that the
        // page sends on to the view's path) renders per visit.
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
      { source: `/:path((?!${EMBED_PATH}|(?:${STORED_COPY_PREFIXES.join('|')})/).*)`, headers: securityHeaders },
      { source: '/embed/:path*', headers: embedHeaders },
      { source: '/:locale(en|ru|kk)/embed/:path*', headers: embedHeaders },
    ];
  },
};

// next-intl reads the locale and messages for each request from i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

export default withNextIntl(nextConfig);
