import { useDomainLabels } from '@/i18n/hooks';
import type { TrajectoryStatus, Verdict } from '@/lib/domain';
import { Badge, flagBadge, trajectoryBadge, verdictBadge, type FlagKind } from './badge';

export function VerdictBadge({ verdict, prefix }: { verdict: Verdict; prefix?: string }) {
  const labels = useDomainLabels();
  return <Badge {...verdictBadge(verdict, labels.verdict[verdict], prefix)} />;
}

export function TrajectoryBadge({ status, prefix }: { status: TrajectoryStatus; prefix?: string }) {
  const labels = useDomainLabels();
  return <Badge {...trajectoryBadge(status, labels.trajectory[status], prefix)} />;
}

export function FlagBadge({ kind, children }: { kind: FlagKind; children: React.ReactNode }) {
  return <Badge {...flagBadge(kind, children)} />;
}
