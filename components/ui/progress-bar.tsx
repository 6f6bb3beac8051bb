import { useIntlTag } from '@/i18n/hooks';
import { formatProgress } from '@/lib/format';

/** Horizontal progress bar with its value printed beside it (never colour alone). */
export function ProgressBar({ share, label, size = 'md' }: { share: number | null; label: string; size?: 'sm' | 'md' }) {
  const tag = useIntlTag();
  const measured = share !== null && Number.isFinite(share);
  const pct = measured ? Math.round(Math.max(0, Math.min(1, share)) * 100) : 0;
  return (
    <div className={`progress progress--${size}`}>
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={measured ? pct : undefined}
        aria-valuetext={formatProgress(share, tag)}
      >
        <div className={`progress__fill${measured ? '' : ' progress__fill--none'}`} style={{ width: `${pct}%` }} />
      </div>
      <span className="progress__value">{formatProgress(share, tag)}</span>
    </div>
  );
}
