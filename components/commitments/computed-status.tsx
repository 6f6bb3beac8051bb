import { useTranslations } from 'next-intl';
import { useIntlTag } from '@/i18n/hooks';
import { formatPeriod, formatValue, qualifierKey } from '@/lib/format';
import type { TargetProgress, UsedPoint } from '@/lib/progress';

/**
 * One or two short sentences under a target's computed status, saying what it rests on: the
 * figure that reached the target, the shortfall at the deadline, the trajectory ratio, or why
 * no status can be computed yet. They come from the same result as the badge, so the two can
 * never contradict each other (the old "Target met" beside "needs two data points").
 */
export function ComputedStatusNote({ progress, unit, unitLabel }: { progress: TargetProgress; unit: string; unitLabel?: string | null }) {
  const t = useTranslations('commitments.detail.explain');
  const tag = useIntlTag();
  const value = (v: number) => formatValue(v, unit, tag, { significant: 3, unitLabel });
  const period = (p: UsedPoint) => (p.period ? formatPeriod(p.period, tag) : String(Number(p.on.slice(0, 4))));
  const basis = progress.basis;
  const figure = basis ? { figure: value(basis.value), period: period(basis) } : { figure: '—', period: '—' };

  let main: string;
  switch (progress.status) {
    case 'achieved':
      main = t('achieved', figure);
      break;
    case 'achieved-late':
      main = t('achievedLate', figure);
      break;
    case 'missed':
      main = t('missed', { ...figure, shortfall: value(progress.shortfall ?? 0) });
      break;
    case 'too-early':
      main = t(progress.reason === 'short-horizon' ? 'shortHorizon' : 'underAYear');
      break;
    case 'insufficient-data':
      main = t(
        progress.reason === 'inconsistent-terms'
          ? 'inconsistent'
          : progress.reason === 'no-baseline'
            ? 'noBaseline'
            : progress.reason === 'no-deadline'
              ? 'noDeadline'
              : progress.reason === 'deadline-before-baseline'
                ? 'deadlineBeforeBaseline'
                : progress.reason === 'awaiting-deadline-figure'
                  ? 'awaiting'
                  : progress.reason === 'deadline-figure-is-a-bound'
                    ? 'bound'
                    : 'onlyBaseline',
      );
      break;
    default:
      main = t('ratio', { ratio: (progress.ratio ?? 0).toLocaleString(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) });
  }
  const restsOn =
    basis && basis.qualifier !== 'exact' && progress.reason !== 'inconsistent-terms'
      ? t('restsOn', { qualifier: qualifierKey(basis.qualifier) })
      : null;
  const fellBack =
    progress.fellBackTo && progress.met ? t('fellBack', { figure: value(progress.fellBackTo.value), period: period(progress.fellBackTo) }) : null;
  return (
    <p className="small muted computed-note">
      {main}
      {restsOn ? <> {restsOn}</> : null}
      {fellBack ? <> {fellBack}</> : null}
    </p>
  );
}
