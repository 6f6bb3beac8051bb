import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
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
