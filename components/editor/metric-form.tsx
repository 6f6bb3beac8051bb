'use client';

import { useRef } from 'react';
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
  legend,
  unitExample,
  texts,
  state,
}: {
  language: 'ru' | 'kk';
  legend: string;
  unitExample: string;
  texts: MetricTexts | null | undefined;
  state: ActionState;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <TextField name={`${language}Name`} label={`${legend} name`} state={state} initial={texts?.name} lang={language} />
      <TextField
        name={`${language}Unit`}
        label={`${legend} unit in a sentence`}
        state={state}
        initial={texts?.unit}
        lang={language}
        hint={`e.g. “${unitExample}”`}
      />
      <TextArea
        name={`${language}Description`}
        label={`${legend} description`}
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
  const { state, action, key, expectedVersion: expected, typed } = useEditorForm(saveMetricAction, { version: initial.version });
  const slugTouched = useRef(Boolean(initial.slug) || typed('slug') !== undefined);
  const followName = (event: React.FormEvent<HTMLFormElement>) => {
    const input = event.target as HTMLInputElement;
    const slug = event.currentTarget.elements.namedItem('slug');
    if (input.name === 'slug') slugTouched.current = input.value.trim() !== '';
    else if (input.name === 'name' && !slugTouched.current && slug instanceof HTMLInputElement) slug.value = slugify(input.value);
  };
  return (
    <form key={key} action={action} onInput={followName} className="form" noValidate aria-label={initial.id ? 'Edit metric' : 'New metric'}>
      <FormStatus state={state} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {expected !== undefined ? <input type="hidden" name="expectedVersion" value={expected} /> : null}
      <TextField name="name" label="Name (English)" state={state} initial={initial.name} required />
      <TextField name="slug" label="Slug (address)" state={state} initial={initial.slug} required hint="Filled in from the name." />
      <TextField
        name="unit"
        label="Unit"
        state={state}
        initial={initial.unit}
        required
        hint="“USD bn”, “USD m” and “%” are written as $1.5 bn and 82%; any other unit (Mt, km) is written after the number."
      />
      <TextField
        name="unitLabel"
        label="Unit in a sentence (English)"
        state={state}
        initial={initial.unitLabel}
        hint="How readers see it: “million tonnes” for Mt. Empty: the unit itself."
      />
      <TextField
        name="decimals"
        label="Decimals shown"
        state={state}
        initial={initial.decimals}
        inputMode="decimal"
        hint="0 to 6; empty: up to two."
      />
      <TextArea name="description" label="What it measures (English)" state={state} initial={initial.description} rows={3} maxLength={2000} />
      <TranslationFields language="ru" legend="Russian" unitExample="млн тонн" texts={initial.ru} state={state} />
      <TranslationFields language="kk" legend="Kazakh" unitExample="млн тонна" texts={initial.kk} state={state} />
      <div className="form__actions">
        <SubmitButton>{initial.id ? 'Save metric' : 'Create metric'}</SubmitButton>
      </div>
    </form>
  );
}
