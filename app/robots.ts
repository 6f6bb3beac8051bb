import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';

// robots.txt: public pages may be indexed, the editors' workspace and sign-in may not, and the
// sitemap (app/sitemap.ts) is named with the absolute address it needs. Made once, at build time,
// from SITE_URL (set it for `next build`, as for the security headers), then served as a file.
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/editor', '/sign-in'] }],
    sitemap: `${env().SITE_URL}/sitemap.xml`,
  };
}
