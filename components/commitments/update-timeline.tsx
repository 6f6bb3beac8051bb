import NextLink from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { domainLabels } from '@/i18n/domain-labels';
import { linkLocale, renderLocale } from '@/i18n/server';
import { INTL_TAGS, type Locale } from '@/i18n/routing';
import type { StatusUpdateRow } from '@/db/queries';
import { formatDate, formatPeriod, formatQualifiedValue, formatValue } from '@/lib/format';
import { Badge, verdictBadge } from '@/components/ui/badge';
import { Markdown } from '@/components/ui/markdown';
import { englishLang } from '@/components/ui/in-english';
import { ArchiveNote, EvidenceFileNote } from '@/components/ui/archive-note';

/** The append-only log, newest first. Corrections and what they correct point at each other. */
export async function UpdateTimeline({
  updates,
  unit,
  unitLabel,
  correctHref,
  entryHref = (id) => `#update-${id}`,
  locale: forced,
}: {
  updates: StatusUpdateRow[];
  unit: string | null;
  /** How the unit reads in the page's language, when it has no built-in form (lib/format). */
  unitLabel?: string | null;
  /** In the editor workspace: where the "correct this entry" link of each entry goes. */
  correctHref?: (id: number) => string;
  /** Where a link to another entry goes: an anchor by default; a log page when this view shows part of the log (lib/timeline). */
  entryHref?: (id: number) => string;
  /** The language to speak when it is not the page's: the workspace passes its editor's. */
  locale?: Locale;
}) {
  const locale = await renderLocale(forced);
  const t = await getTranslations({ locale, namespace: 'commitments' });
  const labels = domainLabels(locale);
  const tag = INTL_TAGS[locale];
  // Notes, evidence titles and names are stored in English only.
  const contentLang = englishLang(locale);
  if (updates.length === 0) return <p className="muted">{t('timeline.empty')}</p>;
  const linkTo = (id: number) =>
    function EntryLink(chunks: React.ReactNode) {
      return <a href={entryHref(id)}>{chunks}</a>;
    };
  return (
    <ol className="timeline">
      {updates.map((u) => (
        <li
          key={u.id}
          id={`update-${u.id}`}
          className={`timeline__item${u.correctedById ? ' timeline__item--corrected' : ''}${u.entryType === 'review' ? ' timeline__item--review' : ''}`}
        >
          <p className="timeline__date">
            <time dateTime={u.asOf}>{formatDate(u.asOf, tag)}</time>
          </p>
          <div>
            <p className="badge-row">
              {u.entryType === 'review' ? (
                <span className="badge badge--stage">
                  <span aria-hidden="true" className="badge__symbol">
                    ↻
                  </span>
                  {t('timeline.review')}
                </span>
              ) : (
                <Badge {...verdictBadge(u.verdict, labels.verdict[u.verdict])} />
              )}
              {u.correctedById !== null ? <span className="badge badge--flag-stale">{t('timeline.correctedMark')}</span> : null}
              {u.entryType === 'review' ? null : u.stage ? (
                <span className="badge badge--stage">{t('stageBadge', { stage: labels.stage[u.stage] })}</span>
              ) : u.stageInForce ? (
                <span className="badge badge--stage">{t('timeline.stageUnchanged', { stage: labels.stage[u.stageInForce] })}</span>
              ) : null}
              {u.figureValue !== null && u.figurePeriod !== null && unit ? (
                <span className="badge badge--stage">
                  {t('timeline.figure', {
                    value: formatQualifiedValue(u.figureValue, unit, u.figureQualifier ?? 'exact', tag, { unitLabel }),
                    period: formatPeriod(u.figurePeriod, tag),
                  })}
                </span>
              ) : u.value !== null && unit ? (
                <span className="badge badge--stage">{t('timeline.valueNoted', { value: formatValue(u.value, unit, tag, { unitLabel }) })}</span>
              ) : null}
            </p>
            {u.correctedBy !== null ? (
              <p className="notice notice--inline">
                {t.rich('timeline.correctedBy', { link: linkTo(u.correctedBy.id), date: formatDate(u.correctedBy.loggedOn, tag) })}
              </p>
            ) : null}
            {u.correctsId !== null ? (
              <p className="small">
                {t.rich('timeline.corrects', {
                  link: linkTo(u.correctsId),
                  date: formatDate(u.corrects?.asOf ?? u.asOf, tag),
                  sameDay: u.corrects !== null && u.corrects.loggedOn === u.createdAt.slice(0, 10) ? 'yes' : 'no',
                })}
              </p>
            ) : null}
            {u.dateConfirmed ? <p className="small muted">{t('timeline.dateConfirmed')}</p> : null}
            {u.note ? (
              <div className="timeline__note" lang={contentLang}>
                <Markdown>{u.note}</Markdown>
              </div>
            ) : null}
            {u.evidence.length > 0 || u.files.length > 0 ? (
              <ul className="evidence">
                {u.evidence.map((e) => (
                  <li key={e.url}>
                    <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
                      {contentLang ? <span lang={contentLang}>{e.title}</span> : e.title}
                      <span className="visually-hidden"> {t('timeline.newTab')}</span>
                    </a>{' '}
                    <ArchiveNote view={e.archive} locale={locale} />
                  </li>
                ))}
                {u.files.map((f) => (
                  <li key={`file-${f.id}`}>
                    <EvidenceFileNote file={f} locale={locale} />
                  </li>
                ))}
              </ul>
            ) : null}
            <p className="small muted">
              {u.sourceSlug ? (
                <>
                  {t.rich('timeline.source', {
                    title: u.sourceTitle ?? '',
                    link: (chunks) => (
                      <Link href={`/sources/${u.sourceSlug}`} locale={linkLocale(forced)} lang={contentLang}>
                        {chunks}
                      </Link>
                    ),
                  })}{' '}
                  ·{' '}
                </>
              ) : null}
              {/* Public surfaces credit the team, never a person (docs/security.md, "Bylines"). */}
              {t('timeline.loggedBy', { date: formatDate(u.createdAt.slice(0, 10), tag) })}
              {correctHref ? (
                <>
                  {' '}
                  · {/* A workspace address, which has no language prefix. */}
                  <NextLink href={correctHref(u.id)}>
                    {t.rich('timeline.correct', {
                      date: formatDate(u.asOf, tag),
                      hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                    })}
                  </NextLink>
                </>
              ) : null}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
