'use client';

import { useRef } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { saveSourceAction } from '@/app/(workspace)/editor/actions';
import { SOURCE_KINDS } from '@/lib/domain';
import { domainLabels } from '@/i18n/domain-labels';
import type { Locale } from '@/i18n/routing';
import { FormStatus, SelectField, SubmitButton, TextArea, TextField } from '@/components/forms/fields';
import { useEditorForm } from '@/components/forms/use-editor-form';
import { slugify } from '@/lib/slug';

export type SourceFormInitial = {
  id?: number;
  version?: number;
  slug?: string;
  title?: string;
  publisher?: string | null;
  publishedOn?: string;
  place?: string | null;
  url?: string | null;
  kind?: string;
  description?: string | null;
};

export function SourceForm({ initial }: { initial: SourceFormInitial }) {
  const t = useTranslations('workspaceForms');
  const labels = domainLabels(useLocale() as Locale);
  const { state, action, key, expectedVersion: expected, typed } = useEditorForm(saveSourceAction, { version: initial.version });
  // The slug follows the title until the editor types a slug of their own (or the source exists).
  const slugTouched = useRef(Boolean(initial.slug) || typed('slug') !== undefined);
  const followTitle = (event: React.FormEvent<HTMLFormElement>) => {
    const input = event.target as HTMLInputElement;
    const slug = event.currentTarget.elements.namedItem('slug');
    if (input.name === 'slug') slugTouched.current = input.value.trim() !== '';
    else if (input.name === 'title' && !slugTouched.current && slug instanceof HTMLInputElement) slug.value = slugify(input.value);
  };
  return (
    <form
      key={key}
      action={action}
      onInput={followTitle}
      className="form"
      noValidate
      aria-label={initial.id ? t('source.ariaEdit') : t('source.ariaNew')}
    >
      <FormStatus state={state} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {expected !== undefined ? <input type="hidden" name="expectedVersion" value={expected} /> : null}
      <TextField name="title" label={t('shared.title')} state={state} initial={initial.title} required />
      <TextField name="slug" label={t('shared.slug')} state={state} initial={initial.slug} required hint={t('source.slugHint')} />
      <TextField name="publisher" label={t('source.publisher')} state={state} initial={initial.publisher} hint={t('source.publisherHint')} />
      <TextField name="publishedOn" label={t('source.publishedOn')} type="date" state={state} initial={initial.publishedOn} required />
      <TextField name="place" label={t('source.place')} state={state} initial={initial.place} />
      <TextField name="url" label={t('source.url')} type="url" state={state} initial={initial.url} />
      <SelectField
        name="kind"
        label={t('shared.kind')}
        state={state}
        initial={initial.kind}
        required
        placeholder={t('shared.choose')}
        options={SOURCE_KINDS.map((k) => ({ value: k, label: labels.sourceKind[k] }))}
      />
      <TextArea name="description" label={t('source.description')} state={state} initial={initial.description} rows={3} />
      <div className="form__actions">
        <SubmitButton>{initial.id ? t('shared.saveChanges') : t('source.create')}</SubmitButton>
      </div>
    </form>
  );
}
