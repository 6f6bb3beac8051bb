import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { CLIENT_NAMESPACES, pickMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/routing';

/** The <html> and <body> every page shares, with the skip link first in the tab order. */
export async function DocumentShell({
  locale,
  clientNamespaces = [],
  children,
}: {
  locale: Locale;
  /** Namespaces the browser needs beyond the public pages' (the workspace's forms). */
  clientNamespaces?: readonly string[];
  children: React.ReactNode;
}) {
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: 'common' }), getMessages({ locale })]);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider locale={locale} messages={pickMessages(messages, [...CLIENT_NAMESPACES, ...clientNamespaces])}>
          <a href="#main" className="skip-link">
            {t('skipToContent')}
          </a>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
