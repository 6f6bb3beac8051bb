import { getTranslations } from 'next-intl/server';
import { listLatestStatusUpdates } from '@/db/queries';
import { buildAtomFeed, tagUri } from '@/lib/atom';
import { statusUpdateEntry, TAG_DATE } from '@/lib/feeds';
import { entryHrefAt } from '@/lib/timeline';
import { cachedResponse, withErrorHandling } from '@/lib/open-data/http';
import { feedSite, feedWords, publicUrl, routeLocale, SHARING_PATHS } from '@/lib/server/sharing';

// Rendered per request so that If-None-Match can be answered with a 304; the two queries are
// small (the newest entries and their evidence) and the response is cached by clients and CDNs.
export const dynamic = 'force-dynamic';

/** How many of the newest updates the site-wide feed carries. */
const FEED_SIZE = 50;

/** GET /feeds/updates.atom (and /ru/..., /kk/...): every commitment's status updates, newest first. */
export const GET = withErrorHandling(
  'Atom feed of all status updates',
  async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
    const locale = await routeLocale(params);
    if (!locale) return new Response('No such language.', { status: 404 });
    const [updates, words, t] = await Promise.all([
      listLatestStatusUpdates({ limit: FEED_SIZE, locale }),
      feedWords(locale),
      getTranslations({ locale, namespace: 'feeds' }),
    ]);
    const site = feedSite(locale);
    const xml = buildAtomFeed({
      id: tagUri({ authority: site.host, date: TAG_DATE, specific: `feed:updates:${locale}` }),
      language: locale,
      title: t('updatesFeed.title'),
      subtitle: t('updatesFeed.subtitle'),
      // An empty log has nothing newer than the day the tracked speech was given.
      fallbackUpdated: `${TAG_DATE}T00:00:00Z`,
      selfUrl: publicUrl(locale, SHARING_PATHS.updatesFeed),
      pageUrl: publicUrl(locale, '/'),
      author: { name: t('updatesFeed.author'), uri: publicUrl(locale, '/') },
      generator: 'Commitments Tracker',
      // An entry's own link goes where it is shown: an older one may be on its log page only.
      entries: updates.map((u) => {
        const page = site.commitmentUrl(u.commitmentSlug);
        return statusUpdateEntry(u, site, words, (id) =>
          id === u.id ? entryHrefAt(id, u.placeInLog, page, `${page}/updates`) : `${page}#update-${id}`,
        );
      }),
    });
    return cachedResponse(request, xml, { contentType: 'application/atom+xml; charset=utf-8' });
  },
);
