import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { EMBED_HEIGHT, embedSnippet } from '@/lib/embed';
import { publicUrl, SHARING_PATHS } from '@/lib/server/sharing';
import { CopyEmbedCode } from './copy-embed-code';

// Visible links to the feeds (the <link rel="alternate"> in the head is for software), and
// the embed code on a commitment's page.

/** One line under the dashboard's latest updates: the site-wide feed and the deadlines calendar. */
export async function SiteFollowLinks({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'feeds' });
  return (
    <p className="small follow-links">
      <strong>{t('follow.heading')}:</strong>{' '}
      <a href={getPathname({ href: SHARING_PATHS.updatesFeed, locale })} type="application/atom+xml">
        {t('follow.siteFeed')}
      </a>{' '}
      ·{' '}
      <a href={getPathname({ href: SHARING_PATHS.deadlines, locale })} type="text/calendar">
        {t('follow.calendar')}
      </a>
    </p>
  );
}

/** The "Follow" and "Embed" section of a commitment's page. */
export async function CommitmentSharing({ locale, slug, title, hasChart }: { locale: Locale; slug: string; title: string; hasChart: boolean }) {
  const t = await getTranslations({ locale, namespace: 'feeds' });
  const snippet = embedSnippet({
    src: publicUrl(locale, SHARING_PATHS.embed(slug)),
    title: t('embed.frameTitle', { title }),
    height: hasChart ? EMBED_HEIGHT.withChart : EMBED_HEIGHT.plain,
  });
  return (
    <section aria-labelledby="sharing-title" className="section card">
      <h2 id="sharing-title">{t('follow.heading')}</h2>
      <ul className="plain-list">
        <li>
          <a href={getPathname({ href: SHARING_PATHS.commitmentFeed(slug), locale })} type="application/atom+xml">
            {t('follow.commitmentFeed')}
          </a>
        </li>
        <li>
          <a href={getPathname({ href: SHARING_PATHS.updatesFeed, locale })} type="application/atom+xml">
            {t('follow.siteFeed')}
          </a>
        </li>
        <li>
          <a href={getPathname({ href: SHARING_PATHS.deadlines, locale })} type="text/calendar">
            {t('follow.calendar')}
          </a>
        </li>
      </ul>
      <p className="small muted">{t('follow.hint')}</p>
      <h3 className="subhead">{t('embed.heading')}</h3>
      <p className="small">{t('embed.intro')}</p>
      <CopyEmbedCode snippet={snippet} />
    </section>
  );
}
