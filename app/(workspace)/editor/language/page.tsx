import type { Metadata } from 'next';
import { WorkspaceLanguageForm } from '@/components/editor/language-form';
import { LOCALE_NAMES, routing } from '@/i18n/routing';
import { requireEditorPage } from '@/lib/server/guard';
import { workspaceLocale, workspaceT } from '@/lib/server/workspace-i18n';

export async function generateMetadata(): Promise<Metadata> {
  const t = await workspaceT('workspace');
  return { title: t('language.title') };
}

export default async function LanguagePage() {
  await requireEditorPage({ path: '/editor/language' });
  const [t, locale] = await Promise.all([workspaceT('workspace'), workspaceLocale()]);
  return (
    <section className="narrow">
      <h1>{t('language.title')}</h1>
      <p>{t('language.intro')}</p>
      <p className="muted">{t('language.current', { language: LOCALE_NAMES[locale] })}</p>
      <div className="card">
        {/* Each language is named in itself, so an editor can find theirs whatever the page speaks. */}
        <WorkspaceLanguageForm
          current={locale}
          options={routing.locales.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
          label={t('language.label')}
          submit={t('language.save')}
          formLabel={t('language.title')}
        />
      </div>
    </section>
  );
}
