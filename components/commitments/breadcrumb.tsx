import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

/** "Commitments › …" above a commitment's pages: the list, then where this page belongs. */
export function CommitmentBreadcrumb({ href, children }: { href: string; children: React.ReactNode }) {
  const t = useTranslations('commitments.detail');
  return (
    <nav aria-label={t('breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <Link href="/commitments">{t('allCommitments')}</Link>
        </li>
        <li>
          <Link href={href}>{children}</Link>
        </li>
      </ol>
    </nav>
  );
}
