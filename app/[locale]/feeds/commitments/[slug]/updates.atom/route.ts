import { getTranslations } from 'next-intl/server';
import { getCommitmentBySlug } from '@/db/queries';
import { buildAtomFeed, tagUri } from '@/lib/atom';
import { todayIso } from '@/lib/clock';
import { logView, TIMELINE_PREVIEW } from '@/lib/timeline';
import { statusUpdateEntry, TAG_DATE } from '@/lib/feeds';
import { cachedResponse, errorResponse, withErrorHandling } from '@/lib/open-data/http';
import { notFound, parseSlug } from '@/lib/open-data/params';
import { feedSite, feedWords, publicUrl, routeLocale, SHARING_PATHS } from '@/lib/server/sharing';

// Per request, like the site-wide feed, so that If-None-Match gets its 304.
export const dynamic = 'force-dynamic';

type Params = Promise<{ locale: string; slug: string }>;

/**
 * GET /feeds/commitments/{slug}/updates.atom: one commitment's newest entries, read through
 * the same query as its page, so the feed and the page list the same entries in the same order.
 */
export const GET = withErrorHandling('Atom feed of one commitment', async (request: Request, { params }: { params: Params }) => {
  const locale = await routeLocale(params);
  if (!locale) return new Response('No such language.', { status: 404 });
  const slug = parseSlug((await params).slug);
  if (!slug.ok) return errorResponse(slug.error);
  const [commitment, words, t] = await Promise.all([
    getCommitmentBySlug({ slug: slug.value, asOf: todayIso(), locale }),
    feedWords(locale),
    getTranslations({ locale, namespace: 'feeds' }),
  ]);
  if (!commitment) return errorResponse(notFound('commitment', slug.value));
  const site = feedSite(locale);
  const unit = commitment.target?.metric.unit ?? null;
  const page = publicUrl(locale, SHARING_PATHS.commitment(commitment.slug));
  // The same newest entries as the page; a correction's link to an older entry goes to the log page that has it.
  const { shown: newest, entryHref: entryUrl } = logView(commitment.updates, {
    count: TIMELINE_PREVIEW,
    logPath: publicUrl(locale, `${SHARING_PATHS.commitment(commitment.slug)}/updates`),
    viewPath: page,
  });
  const xml = buildAtomFeed({
    id: tagUri({ authority: site.host, date: TAG_DATE, specific: `feed:commitment:${commitment.slug}:${locale}` }),
    language: locale,
    title: t('updatesFeed.commitmentTitle', { commitment: words.content(commitment.title, commitment.titleLocale) }),
    subtitle: t('updatesFeed.commitmentSubtitle'),
    // With no update yet, nothing about it is newer than its announcement.
    fallbackUpdated: commitment.announcedOn,
    selfUrl: publicUrl(locale, SHARING_PATHS.commitmentFeed(commitment.slug)),
    pageUrl: page,
    author: { name: t('updatesFeed.author'), uri: publicUrl(locale, '/') },
    generator: 'Commitments Tracker',
    // Rows carry no editor's name at all: every public surface credits the editors as a body.
    entries: newest.map((u) =>
      statusUpdateEntry(
        { ...u, commitmentSlug: commitment.slug, commitmentTitle: commitment.title, commitmentTitleLocale: commitment.titleLocale, unit },
        site,
        words,
        entryUrl,
      ),
    ),
  });
  return cachedResponse(request, xml, { contentType: 'application/atom+xml; charset=utf-8' });
});
