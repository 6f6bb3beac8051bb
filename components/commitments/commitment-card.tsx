import { useTranslations } from 'next-intl';
import { countryNames } from '@/i18n/domain-labels';
import { useDomainLabels, useIntlTag, usePageLocale } from '@/i18n/hooks';
import type { CommitmentListRow } from '@/db/queries';
import { formatDate, formatProgress, qualifierKey } from '@/lib/format';
import { finalStage, isDelayed, isOverdue, isStale } from '@/lib/status';
import { revisedTargetValues } from '@/lib/terms-words';
import { flagBadge, trajectoryBadge, verdictBadge, type BadgeView } from '@/components/ui/badge';
import { fallbackMarker } from '@/components/ui/fallback-text';
import { CommitmentCardList, type CardView } from './commitment-card-list';
import { Deadline } from './deadline';

/**
 * A list of commitment cards (the commitments list, a source's page). The words are chosen
 * here, on the server, and the client list only draws them: see commitment-card-list.tsx.
 */
export function CommitmentCards({
  commitments,
  asOf,
  staleAfterDays,
  headingLevel = 3,
}: {
  commitments: CommitmentListRow[];
  asOf: string;
  staleAfterDays: number;
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations('commitments');
  const content = useTranslations('content');
  const labels = useDomainLabels();
  const locale = usePageLocale();
  const tag = useIntlTag();
  const marker = content('fallback.marker');

  const cards = commitments.map((c): CardView => {
    const badges: BadgeView[] = [verdictBadge(c.currentVerdict, labels.verdict[c.currentVerdict], t('card.verdictPrefix'))];
    if (c.kind === 'target' && c.trajectoryStatus) {
      const status = labels.trajectory[c.trajectoryStatus];
      const label =
        c.trajectoryBasis && c.trajectoryBasis !== 'exact' ? t('card.restsOn', { status, qualifier: qualifierKey(c.trajectoryBasis) }) : status;
      badges.push(trajectoryBadge(c.trajectoryStatus, label, t('card.trajectoryPrefix')));
    } else if (c.currentStage) {
      badges.push({ tone: 'stage', label: t('stageBadge', { stage: labels.stage[c.currentStage] }) });
    }
    if (isOverdue({ deadline: c.effectiveDeadlineOn, plannedOn: c.plannedOn, verdict: c.currentVerdict, asOf })) {
      badges.push(flagBadge('overdue', labels.flag.overdue));
    }
    const completed = c.kind !== 'target' && c.currentStage === finalStage(c.kind);
    if (isDelayed({ plannedOn: c.plannedOn, plannedMovedLater: c.plannedMovedLater, verdict: c.currentVerdict, completed, asOf })) {
      badges.push(flagBadge('delayed', labels.flag.delayed));
    }
    const stale = isStale({ lastReviewedOn: c.lastReviewedOn, announcedOn: c.announcedOn, verdict: c.currentVerdict, asOf, staleAfterDays });
    if (stale) badges.push(flagBadge('stale', t('card.stale', { days: staleAfterDays })));
    const revised = revisedTargetValues(c, c.metricUnit, tag);
    return {
      slug: c.slug,
      title: { text: c.title, lang: c.titleLocale, marker: fallbackMarker(c.titleLocale, locale, marker) },
      termsNote: revised ? t('terms.targetRevised', revised) : null,
      planned: c.plannedOn && c.effectiveDeadlineOn === null ? formatDate(c.plannedOn, tag) : null,
      summary: { text: c.summary, lang: c.summaryLocale, marker: fallbackMarker(c.summaryLocale, locale, marker) },
      eyebrow: `${labels.category[c.category]} · ${labels.kind[c.kind]}`,
      badges,
      progress: { share: c.progressShare, text: formatProgress(c.progressShare, tag), label: t('progressOf', { title: c.title }) },
      deadline: <Deadline on={c.effectiveDeadlineOn} text={c.deadlineText} interpreted={c.deadlineInterpreted} />,
      countries: c.countries.length > 0 ? countryNames(c.countries, locale) : null,
    };
  });

  return (
    <CommitmentCardList
      cards={cards}
      labels={{ deadline: t('card.deadline'), countries: t('card.countries'), planned: t('card.planned') }}
      headingLevel={headingLevel}
    />
  );
}
