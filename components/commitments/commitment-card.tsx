import { Link } from '@/i18n/navigation';
import type { CommitmentListRow } from '@/db/queries';
import { CATEGORY_LABELS, COUNTRIES, KIND_LABELS, STAGE_LABELS, type CountryCode } from '@/lib/domain';
import { isOverdue, isStale } from '@/lib/status';
import { FlagBadge, TrajectoryBadge, VerdictBadge } from '@/components/ui/status-badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Deadline } from './deadline';

export function countryNames(codes: string[]): string {
  return codes.map((c) => COUNTRIES[c as CountryCode] ?? c).join(', ');
}

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
        {CATEGORY_LABELS[c.category]} · {KIND_LABELS[c.kind]}
      </p>
      <Heading className="commitment-card__title">
        <Link href={`/commitments/${c.slug}`}>{c.title}</Link>
      </Heading>
      <p className="commitment-card__summary">{c.summary}</p>
      <div className="badge-row">
        <VerdictBadge verdict={c.currentVerdict} prefix="Editors’ verdict:" />
        {c.kind === 'target' && c.trajectoryStatus ? (
          <TrajectoryBadge status={c.trajectoryStatus} prefix="Computed trajectory:" />
        ) : c.currentStage ? (
          <span className="badge badge--stage">Stage: {STAGE_LABELS[c.currentStage]}</span>
        ) : null}
        {overdue ? <FlagBadge kind="overdue">Overdue</FlagBadge> : null}
        {stale ? <FlagBadge kind="stale">No update in {staleAfterDays}+ days</FlagBadge> : null}
      </div>
      <ProgressBar share={c.progressShare} label={`Progress of “${c.title}”`} size="sm" />
      <dl className="meta-list">
        <div>
          <dt>Deadline</dt>
          <dd>
            <Deadline on={c.effectiveDeadlineOn} text={c.deadlineText} interpreted={c.deadlineInterpreted} />
          </dd>
        </div>
        {c.countries.length > 0 ? (
          <div>
            <dt>Countries</dt>
            <dd>{countryNames(c.countries)}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
