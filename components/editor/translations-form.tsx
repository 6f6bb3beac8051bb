'use client';

import { saveCommitmentTranslationsAction } from '@/app/(workspace)/editor/actions';
import { TRANSLATION_LOCALE_NAMES, TRANSLATION_LOCALES, type TranslationLocale } from '@/lib/content-locale';
import { LOCALE_NAMES } from '@/i18n/routing';
import { FormStatus, SubmitButton, TextArea, TextField } from '@/components/forms/fields';
import { useEditorForm } from '@/components/forms/use-editor-form';

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
  const { state, action, key, expectedVersion: expected } = useEditorForm(saveCommitmentTranslationsAction, { version });
  return (
    <form key={key} action={action} className="form form--translations" noValidate aria-label="Translations">
      <FormStatus state={state} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="expectedVersion" value={expected} />
      <section className="translation-source" aria-labelledby="translation-english">
        <h2 id="translation-english" className="subhead">
          English (shown wherever a translation is missing)
        </h2>
        <dl className="facts">
          <div>
            <dt>Title</dt>
            <dd>{english.title}</dd>
          </div>
          <div>
            <dt>Summary</dt>
            <dd>{english.summary}</dd>
          </div>
        </dl>
      </section>
      {TRANSLATION_LOCALES.map((locale) => {
        const name = TRANSLATION_LOCALE_NAMES[locale];
        const saved = translations[locale];
        return (
          <fieldset key={locale}>
            <legend>
              {name} (<span lang={locale}>{LOCALE_NAMES[locale]}</span>)
            </legend>
            <p className="field__hint">
              {saved
                ? `Last changed ${saved.updatedAt.slice(0, 16).replace('T', ' ')} UTC${saved.updatedBy ? ` by ${saved.updatedBy}` : ' (seed dataset)'}.`
                : `Not translated: ${name} readers see the English text, marked as English.`}
            </p>
            <TextField
              name={`${locale}Title`}
              label={`${name} title`}
              state={state}
              initial={saved?.title}
              maxLength={200}
              lang={locale}
              hint="Leave empty to show the English title and summary instead."
            />
            <TextArea
              name={`${locale}Summary`}
              label={`${name} summary`}
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
        <SubmitButton>Save translations</SubmitButton>
      </div>
    </form>
  );
}
