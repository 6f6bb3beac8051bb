import type { NextConfig } from 'next';

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

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // unauthorized() / forbidden() give write paths real 401 / 403 responses.
  experimental: { authInterrupts: true },
  // The end-to-end suite builds into its own folder so it never overwrites the build
  // that `npm run demo` serves from the real database.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // libSQL ships a native module; keep it out of the server bundle.
  serverExternalPackages: ['@libsql/client', 'libsql'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
