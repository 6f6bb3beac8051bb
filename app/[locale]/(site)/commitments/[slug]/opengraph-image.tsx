import { ImageResponse } from 'next/og';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { getCommitmentBySlug } from '@/db/queries';
import { domainLabels } from '@/i18n/domain-labels';
import { INTL_TAGS, routing } from '@/i18n/routing';
import { todayIso } from '@/lib/clock';
import { formatProgress } from '@/lib/format';
import { feedWords } from '@/lib/server/sharing';
import { ogFonts } from '@/lib/server/og-fonts';
import { OG_SIZE, OgFrame, OgLabel, OgProgress, OgRow, OgTitle, OgVerdict } from '@/components/sharing/og-card';

// The preview social networks and messengers show for a commitment's page: its title, the
// editors' verdict in words and its progress, in the page's language. Cached like the page.
export const revalidate = 300;
export const contentType = 'image/png';
export const size = OG_SIZE;

type Params = Promise<{ locale: string; slug: string }>;

// One image per page; generateImageMetadata only so that its alt text is in the page's
// language and names the commitment.
export async function generateImageMetadata({ params }: { params: Params }) {
  const { locale, slug } = await params;
  // At build time Next asks only for the ids, without a slug (the slugs are the page's static
  // params, not this route's); the alt text is made when a page's metadata asks for it.
  if (typeof slug !== 'string') return [{ id: 'card', size: OG_SIZE, contentType }];
  const lang = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const [c, t] = await Promise.all([
    getCommitmentBySlug({ slug, asOf: todayIso(), locale: lang }),
    getTranslations({ locale: lang, namespace: 'feeds' }),
  ]);
  return [{ id: 'card', alt: t('og.alt', { title: c?.title ?? slug }), size: OG_SIZE, contentType }];
}

export default async function Image({ params }: { params: Params }) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('No such language.', { status: 404 });
  const c = await getCommitmentBySlug({ slug, asOf: todayIso(), locale });
  if (!c) return new Response(`No commitment has the slug "${slug}".`, { status: 404 });
  const [t, common, words, fonts] = await Promise.all([
    getTranslations({ locale, namespace: 'feeds' }),
    getTranslations({ locale, namespace: 'common' }),
    feedWords(locale),
    ogFonts(),
  ]);
  const labels = domainLabels(locale);
  const progress = formatProgress(c.progressShare, INTL_TAGS[locale]);
  return new ImageResponse(
    <OgFrame siteName={common('siteName')} eyebrow={`${labels.category[c.category]} · ${labels.kind[c.kind]}`}>
      <OgTitle>{words.content(c.title, c.titleLocale)}</OgTitle>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <OgRow>
          <OgLabel>{t('og.status')}</OgLabel>
          <OgVerdict verdict={c.currentVerdict} text={labels.verdict[c.currentVerdict]} />
        </OgRow>
        <OgRow>
          <OgLabel>{t('og.progress')}</OgLabel>
          <OgProgress share={c.progressShare} text={progress} />
        </OgRow>
      </div>
    </OgFrame>,
    { ...OG_SIZE, fonts },
  );
}
