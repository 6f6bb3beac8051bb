import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { countryNames } from '@/i18n/domain-labels';
import { useDomainLabels, usePageLocale } from '@/i18n/hooks';
import type { CommitmentListRow } from '@/db/queries';
import { isOverdue, isStale } from '@/lib/status';
import { FlagBadge, TrajectoryBadge, VerdictBadge } from '@/components/ui/status-badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import { LocalizedText } from '@/components/ui/fallback-marker';
import { Deadline } from './deadline';

export function CommitmentCard({
  commitment: c,
  asOf,
  staleAfterDays,
  headingLevel = 3,
}: {
  commitment: CommitmentListRow;
  asOf: string;
  staleAfterDays: number;
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations('commitments');
  const labels = useDomainLabels();
  const locale = usePageLocale();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const overdue = isOverdue({ deadline: c.effectiveDeadlineOn, verdict: c.currentVerdict, asOf });
  const stale = isStale({
    lastUpdateOn: c.lastUpdateOn,
    announcedOn: c.announcedOn,
    verdict: c.currentVerdict,
    asOf,
    staleAfterDays,
  });
  return (
    <article className="card commitment-card">
      <p className="eyebrow">
        {labels.category[c.category]} · {labels.kind[c.kind]}
      </p>
      <Heading className="commitment-card__title">
        <Link href={`/commitments/${c.slug}`}>
          <LocalizedText text={c.title} lang={c.titleLocale} />
        </Link>
      </Heading>
      <p className="commitment-card__summary">
        <LocalizedText text={c.summary} lang={c.summaryLocale} />
      </p>
      <div className="badge-row">
        <VerdictBadge verdict={c.currentVerdict} prefix={t('card.verdictPrefix')} />
        {c.kind === 'target' && c.trajectoryStatus ? (
          <TrajectoryBadge status={c.trajectoryStatus} prefix={t('card.trajectoryPrefix')} />
        ) : c.currentStage ? (
          <span className="badge badge--stage">{t('stageBadge', { stage: labels.stage[c.currentStage] })}</span>
        ) : null}
        {overdue ? <FlagBadge kind="overdue">{labels.flag.overdue}</FlagBadge> : null}
        {stale ? <FlagBadge kind="stale">{t('card.stale', { days: staleAfterDays })}</FlagBadge> : null}
      </div>
      <ProgressBar share={c.progressShare} label={t('progressOf', { title: c.title })} size="sm" />
      <dl className="meta-list">
        <div>
          <dt>{t('card.deadline')}</dt>
          <dd>
            <Deadline on={c.effectiveDeadlineOn} text={c.deadlineText} interpreted={c.deadlineInterpreted} />
          </dd>
        </div>
        {c.countries.length > 0 ? (
          <div>
            <dt>{t('card.countries')}</dt>
            <dd>{countryNames(c.countries, locale)}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
