import type { TrajectoryStatus, Verdict } from '@/lib/domain';

// The badge's parts, drawn without hooks so a client component (the commitments list) can
// draw the same badge from strings the server worked out.

// Each status has a symbol as well as a colour, so it reads in greyscale print and
// for readers who cannot tell the colours apart.
export const VERDICT_SYMBOLS: Record<Verdict, string> = {
  'not-started': '○',
  'in-progress': '◐',
  stalled: '‖',
  achieved: '✓',
  'achieved-late': '✓',
  missed: '✕',
  dropped: '⊘',
};

export const TRAJECTORY_SYMBOLS: Record<TrajectoryStatus, string> = {
  achieved: '✓',
  'on-track': '▲',
  'acceleration-needed': '△',
  'limited-progress': '▽',
  'moving-away': '▼',
  'insufficient-data': '?',
};

export type FlagKind = 'overdue' | 'stale' | 'disagreement';

export const FLAG_SYMBOLS: Record<FlagKind, string> = { overdue: '⚠', stale: '◷', disagreement: '≠' };

export type BadgeView = {
  /** The modifier after `badge--`: `verdict-missed`, `flag-stale`, `stage`. */
  tone: string;
  /** Shown beside the words, hidden from screen readers (the words say it). */
  symbol?: string;
  /** Read out before the label only: "Editors' verdict:". */
  prefix?: string;
  label: React.ReactNode;
};

export function Badge({ tone, symbol, prefix, label }: BadgeView) {
  return (
    <span className={`badge badge--${tone}`}>
      {symbol ? (
        <span aria-hidden="true" className="badge__symbol">
          {symbol}
        </span>
      ) : null}
      {prefix ? <span className="visually-hidden">{prefix} </span> : null}
      {label}
    </span>
  );
}
