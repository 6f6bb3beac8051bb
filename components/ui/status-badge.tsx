import { useDomainLabels } from '@/i18n/hooks';
import type { TrajectoryStatus, Verdict } from '@/lib/domain';

// Each status has a symbol as well as a colour, so it reads in greyscale print and
// for readers who cannot tell the colours apart.
const VERDICT_SYMBOLS: Record<Verdict, string> = {
  'not-started': '○',
  'in-progress': '◐',
  stalled: '‖',
  achieved: '✓',
  'achieved-late': '✓',
  missed: '✕',
  dropped: '⊘',
};

const TRAJECTORY_SYMBOLS: Record<TrajectoryStatus, string> = {
  achieved: '✓',
  'on-track': '▲',
  'acceleration-needed': '△',
  'limited-progress': '▽',
  'moving-away': '▼',
  'insufficient-data': '?',
};

export function VerdictBadge({ verdict, prefix }: { verdict: Verdict; prefix?: string }) {
  const labels = useDomainLabels();
  return (
    <span className={`badge badge--verdict-${verdict}`}>
      <span aria-hidden="true" className="badge__symbol">
        {VERDICT_SYMBOLS[verdict]}
      </span>
      {prefix ? <span className="visually-hidden">{prefix} </span> : null}
      {labels.verdict[verdict]}
    </span>
  );
}

export function TrajectoryBadge({ status, prefix }: { status: TrajectoryStatus; prefix?: string }) {
  const labels = useDomainLabels();
  return (
    <span className={`badge badge--trajectory-${status}`}>
      <span aria-hidden="true" className="badge__symbol">
        {TRAJECTORY_SYMBOLS[status]}
      </span>
      {prefix ? <span className="visually-hidden">{prefix} </span> : null}
      {labels.trajectory[status]}
    </span>
  );
}

export function FlagBadge({ kind, children }: { kind: 'overdue' | 'stale' | 'disagreement'; children: React.ReactNode }) {
  const symbol = kind === 'overdue' ? '⚠' : kind === 'stale' ? '◷' : '≠';
  return (
    <span className={`badge badge--flag-${kind}`}>
      <span aria-hidden="true" className="badge__symbol">
        {symbol}
      </span>
      {children}
    </span>
  );
}
