import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

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

// Address prefixes that are not English pages: the other languages, the internal English
// prefix itself, route handlers and the English-only workspace.
const NON_ENGLISH_PREFIXES = ['ru', 'kk', 'en', 'api', '_next', 'editor', 'sign-in'].join('|');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // unauthorized() / forbidden() give write paths real 401 / 403 responses.
  experimental: { authInterrupts: true },
  // The end-to-end suite builds into its own folder so it never overwrites the build
  // that `npm run demo` serves from the real database.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
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
        { source: '/', destination: '/en' },
        // The API's documentation page is English at /api, while everything below /api/ is a route handler.
        { source: '/api', destination: '/en/api' },
        { source: `/:path((?!(?:${NON_ENGLISH_PREFIXES})(?:/|$)).*)`, destination: '/en/:path' },
      ],
      fallback: [],
    };
  },
  async redirects() {
    // One address per page: the English prefix is only internal.
    return [
      { source: '/en', destination: '/', permanent: true },
      { source: '/en/:path*', destination: '/:path*', permanent: true },
    ];
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

// next-intl reads the locale and messages for each request from i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

export default withNextIntl(nextConfig);
