import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export default function NotFound() {
  const t = useTranslations('errors.notFound');
  return (
    <section className="section">
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <p>
        <Link href="/commitments" className="button">
          {t('browse')}
        </Link>
      </p>
    </section>
  );
}
