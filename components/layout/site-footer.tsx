import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export function SiteFooter() {
  const t = useTranslations('common');
  const tApi = useTranslations('api');
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>{t.rich('footer.about', { link: (chunks) => <Link href="/methodology">{chunks}</Link> })}</p>
        <p className="muted">{t('footer.review')}</p>
        <p>
          <Link href="/api">{tApi('footerLink')}</Link>
        </p>
      </div>
    </footer>
  );
}
