import type { Flag, TrajectoryStatus, Verdict } from '@/lib/domain';

// The badge's parts, drawn without hooks so a client component (the commitments list) can
// draw the same badge from strings the server worked out.

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
  'achieved-late': '✓',
  missed: '✕',
  'on-track': '▲',
  'acceleration-needed': '△',
  'limited-progress': '▽',
  'moving-away': '▼',
  'too-early': '…',
  'insufficient-data': '?',
};

export type FlagKind = Flag;

const FLAG_SYMBOLS: Record<FlagKind, string> = { overdue: '⚠', delayed: '»', stale: '◷', disagreement: '≠' };

export type BadgeView = {
  /** The modifier after `badge--`: `verdict-missed`, `flag-stale`, `stage`. */
  tone: string;
  /** Shown beside the words, hidden from screen readers (the words say it). */
  symbol?: string;
  /** Read out before the label only: "Editors' verdict:". */
  prefix?: string;
  label: React.ReactNode;
};

/** A verdict's badge: its colour, its symbol, and `label`, its name in the page's language. */
export function verdictBadge(verdict: Verdict, label: string, prefix?: string): BadgeView {
  return { tone: `verdict-${verdict}`, symbol: VERDICT_SYMBOLS[verdict], prefix, label };
}

export function trajectoryBadge(status: TrajectoryStatus, label: string, prefix?: string): BadgeView {
  return { tone: `trajectory-${status}`, symbol: TRAJECTORY_SYMBOLS[status], prefix, label };
}

export function flagBadge(kind: FlagKind, label: React.ReactNode): BadgeView {
  return { tone: `flag-${kind}`, symbol: FLAG_SYMBOLS[kind], label };
}

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
