import { useIntlTag } from '@/i18n/hooks';
import { formatProgress } from '@/lib/format';
import { ProgressBarView } from './progress-bar-view';

/** Horizontal progress bar with its value printed beside it (never colour alone). */
export function ProgressBar({ share, label, size = 'md' }: { share: number | null; label: string; size?: 'sm' | 'md' }) {
  const tag = useIntlTag();
  return <ProgressBarView share={share} text={formatProgress(share, tag)} label={label} size={size} />;
}
