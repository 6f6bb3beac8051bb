'use client';

import { useTranslations } from 'next-intl';
import { saveCommitmentTranslationsAction } from '@/app/(workspace)/editor/actions';
import { TRANSLATION_LOCALES, type TranslationLocale } from '@/lib/content-locale';
import { LOCALE_NAMES } from '@/i18n/routing';
import { FormStatus, SubmitButton, TextArea, TextField } from '@/components/forms/fields';
import { useEditorForm } from '@/components/forms/use-editor-form';

/** When a translation was last changed, as stored (UTC), to the minute: "2024-05-01 10:30 UTC". */
const changedAt = (updatedAt: string) => `${updatedAt.slice(0, 16).replace('T', ' ')} UTC`;

export type TranslationState = { title: string; summary: string | null; updatedAt: string; updatedBy: string | null } | null;

/**
 * The Russian and Kazakh title and summary of one commitment, beside the English they
 * translate. An empty title is "no translation": readers then get the English, marked.
 * The commitment's version travels with the form, so a save over someone else's newer
 * change is refused and shows what they did, keeping what was typed.
 */
export function TranslationsForm({
  commitmentId,
  version,
  english,
  translations,
}: {
  commitmentId: number;
  version: number;
  english: { title: string; summary: string };
  translations: Record<TranslationLocale, TranslationState>;
}) {
  const t = useTranslations('workspaceForms');
  const { state, action, key, expectedVersion: expected } = useEditorForm(saveCommitmentTranslationsAction, { version });
  return (
    <form key={key} action={action} className="form form--translations" noValidate aria-label={t('translations.ariaLabel')}>
      <FormStatus state={state} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="expectedVersion" value={expected} />
      <section className="translation-source" aria-labelledby="translation-english">
        <h2 id="translation-english" className="subhead">
          {t('translations.englishHeading')}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('shared.title')}</dt>
            <dd>{english.title}</dd>
          </div>
          <div>
            <dt>{t('translations.summary')}</dt>
            <dd>{english.summary}</dd>
          </div>
        </dl>
      </section>
      {TRANSLATION_LOCALES.map((locale) => {
        const name = t(`translations.languageName.${locale}`);
        const saved = translations[locale];
        return (
          <fieldset key={locale}>
            <legend>
              {t.rich('translations.legend', {
                language: name,
                nativeName: LOCALE_NAMES[locale],
                native: (chunks) => <span lang={locale}>{chunks}</span>,
              })}
            </legend>
            <p className="field__hint">
              {saved
                ? saved.updatedBy
                  ? t('translations.lastChangedBy', { when: changedAt(saved.updatedAt), user: saved.updatedBy })
                  : t('translations.lastChangedSeed', { when: changedAt(saved.updatedAt) })
                : t('translations.notTranslated', { language: name })}
            </p>
            <TextField
              name={`${locale}Title`}
              label={t('translations.titleLabel', { language: name })}
              state={state}
              initial={saved?.title}
              maxLength={200}
              lang={locale}
              hint={t('translations.titleHint')}
            />
            <TextArea
              name={`${locale}Summary`}
              label={t('translations.summaryLabel', { language: name })}
              state={state}
              initial={saved?.summary}
              rows={7}
              maxLength={2000}
              lang={locale}
            />
          </fieldset>
        );
      })}
      <div className="form__actions">
        <SubmitButton>{t('translations.save')}</SubmitButton>
      </div>
    </form>
  );
}
