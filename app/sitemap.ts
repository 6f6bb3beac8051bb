import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { readSitemapData } from '@/lib/server/sitemap-data';
import { buildSitemap } from '@/lib/sitemap';

// /sitemap.xml: every public page in English, Russian and Kazakh, with hreflang alternates and
// the time its data last changed (lib/sitemap.ts). Rendered by the build, then again in the
// background at most every five minutes, as the public pages are (their `revalidate`).
export const revalidate = 300;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return buildSitemap({ siteBase: env().SITE_URL, data: await readSitemapData() });
}
