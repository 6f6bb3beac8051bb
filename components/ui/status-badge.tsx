import { useDomainLabels } from '@/i18n/hooks';
import type { TrajectoryStatus, Verdict } from '@/lib/domain';
import { Badge, FLAG_SYMBOLS, TRAJECTORY_SYMBOLS, VERDICT_SYMBOLS, type FlagKind } from './badge';

export function VerdictBadge({ verdict, prefix }: { verdict: Verdict; prefix?: string }) {
  const labels = useDomainLabels();
  return <Badge tone={`verdict-${verdict}`} symbol={VERDICT_SYMBOLS[verdict]} prefix={prefix} label={labels.verdict[verdict]} />;
}

export function TrajectoryBadge({ status, prefix }: { status: TrajectoryStatus; prefix?: string }) {
  const labels = useDomainLabels();
  return (
    <Badge tone={`trajectory-${status}`} symbol={TRAJECTORY_SYMBOLS[status]} prefix={prefix} label={labels.trajectory[status]} />
  );
}

export function FlagBadge({ kind, children }: { kind: FlagKind; children: React.ReactNode }) {
  return <Badge tone={`flag-${kind}`} symbol={FLAG_SYMBOLS[kind]} label={children} />;
}
