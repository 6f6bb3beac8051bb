'use client';

import { useRef } from 'react';
import { useTranslations } from 'next-intl';
import { saveMetricAction } from '@/app/(workspace)/editor/actions';
import { slugify } from '@/lib/slug';
import { FormStatus, SubmitButton, TextArea, TextField } from '@/components/forms/fields';
import { useEditorForm } from '@/components/forms/use-editor-form';
import type { ActionState } from '@/lib/server/editor-action';

type MetricTexts = { name: string; unit: string | null; description: string | null };

export type MetricFormInitial = {
  id?: number;
  version?: number;
  slug?: string;
  name?: string;
  unit?: string;
  unitLabel?: string | null;
  decimals?: number | null;
  description?: string | null;
  ru?: MetricTexts | null;
  kk?: MetricTexts | null;
};

/** A metric's name, unit and description in one of the other languages (fields ruName, ruUnit…). */
function TranslationFields({
  language,
  unitExample,
  texts,
  state,
}: {
  language: 'ru' | 'kk';
  unitExample: string;
  texts: MetricTexts | null | undefined;
  state: ActionState;
}) {
  const t = useTranslations('workspaceForms');
  return (
    <fieldset>
      <legend>{t(`metric.translation.${language}.legend`)}</legend>
      <TextField name={`${language}Name`} label={t(`metric.translation.${language}.name`)} state={state} initial={texts?.name} lang={language} />
      <TextField
        name={`${language}Unit`}
        label={t(`metric.translation.${language}.unit`)}
        state={state}
        initial={texts?.unit}
        lang={language}
        hint={t('metric.translation.unitHint', { example: unitExample })}
      />
      <TextArea
        name={`${language}Description`}
        label={t(`metric.translation.${language}.description`)}
        state={state}
        initial={texts?.description}
        lang={language}
        rows={2}
        maxLength={2000}
      />
    </fieldset>
  );
}

/**
 * A metric: its name in three languages, the unit key the figures are formatted by, how the
 * unit reads in a sentence in each language ("million tonnes", "млн тонн"), and the decimals
 * shown. Names and units are what readers see under every chart of the series.
 */
export function MetricForm({ initial }: { initial: MetricFormInitial }) {
  const t = useTranslations('workspaceForms');
  const { state, action, key, expectedVersion: expected, typed } = useEditorForm(saveMetricAction, { version: initial.version });
  const slugTouched = useRef(Boolean(initial.slug) || typed('slug') !== undefined);
  const followName = (event: React.FormEvent<HTMLFormElement>) => {
    const input = event.target as HTMLInputElement;
    const slug = event.currentTarget.elements.namedItem('slug');
    if (input.name === 'slug') slugTouched.current = input.value.trim() !== '';
    else if (input.name === 'name' && !slugTouched.current && slug instanceof HTMLInputElement) slug.value = slugify(input.value);
  };
  return (
    <form
      key={key}
      action={action}
      onInput={followName}
      className="form"
      noValidate
      aria-label={initial.id ? t('metric.ariaEdit') : t('metric.ariaNew')}
    >
      <FormStatus state={state} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {expected !== undefined ? <input type="hidden" name="expectedVersion" value={expected} /> : null}
      <TextField name="name" label={t('metric.name')} state={state} initial={initial.name} required />
      <TextField name="slug" label={t('shared.slug')} state={state} initial={initial.slug} required hint={t('metric.slugHint')} />
      <TextField
        name="unit"
        label={t('metric.unit')}
        state={state}
        initial={initial.unit}
        required
        hint={t('metric.unitHint', { usdBn: 'USD bn', usdM: 'USD m', otherUnits: 'Mt, km' })}
      />
      <TextField
        name="unitLabel"
        label={t('metric.unitLabel')}
        state={state}
        initial={initial.unitLabel}
        hint={t('metric.unitLabelHint', { example: 'million tonnes', unit: 'Mt' })}
      />
      <TextField
        name="decimals"
        label={t('metric.decimals')}
        state={state}
        initial={initial.decimals}
        inputMode="decimal"
        hint={t('metric.decimalsHint')}
      />
      <TextArea name="description" label={t('metric.description')} state={state} initial={initial.description} rows={3} maxLength={2000} />
      <TranslationFields language="ru" unitExample="млн тонн" texts={initial.ru} state={state} />
      <TranslationFields language="kk" unitExample="млн тонна" texts={initial.kk} state={state} />
      <div className="form__actions">
        <SubmitButton>{initial.id ? t('metric.save') : t('metric.create')}</SubmitButton>
      </div>
    </form>
  );
}
