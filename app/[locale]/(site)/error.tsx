'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors.failed');
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="section" role="alert">
      <h1>{t('title')}</h1>
      {/* 'none' is not shown: it picks the branch of the message's select that leaves the reference out. */}
      <p className="lede">{t('lede', { reference: error.digest ?? 'none' })}</p>
      <button type="button" className="button" onClick={reset}>
        {t('retry')}
      </button>
    </section>
  );
}
