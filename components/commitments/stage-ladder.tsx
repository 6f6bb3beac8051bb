import { useTranslations } from 'next-intl';
import { useDomainLabels } from '@/i18n/hooks';
import { STAGES, type Stage, type StagedKind } from '@/lib/domain';

/** The stages of a project, agreement or event, with the one reached marked in words, not only colour. */
export function StageLadder({ kind, stage }: { kind: StagedKind; stage: Stage | null }) {
  const t = useTranslations('commitments.stageLadder');
  const labels = useDomainLabels();
  const ladder: readonly Stage[] = STAGES[kind];
  const reached = stage ? ladder.indexOf(stage) : -1;
  return (
    <ol className="ladder" aria-label={t('label')}>
      {ladder.map((s, i) => {
        const state = i < reached ? 'done' : i === reached ? 'current' : 'todo';
        return (
          <li key={s} className={`ladder__step ladder__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="ladder__marker" aria-hidden="true">
              {state === 'done' ? '✓' : state === 'current' ? '●' : i + 1}
            </span>
            <span className="ladder__label">{labels.stage[s]}</span>
            <span className="ladder__state">{t(state)}</span>
          </li>
        );
      })}
    </ol>
  );
}
