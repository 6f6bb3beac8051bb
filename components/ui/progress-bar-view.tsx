export type ProgressView = { share: number | null; text: string; label: string };

/**
 * Horizontal progress bar with its value printed beside it (never colour alone). Takes its
 * text ready-made and uses no hooks, so the client commitments list draws the same bar.
 */
export function ProgressBarView({ share, text, label, size = 'md' }: ProgressView & { size?: 'sm' | 'md' }) {
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
        aria-valuetext={text}
      >
        <div className={`progress__fill${measured ? '' : ' progress__fill--none'}`} style={{ width: `${pct}%` }} />
      </div>
      <span className="progress__value">{text}</span>
    </div>
  );
}
