'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { saveCommitmentAction } from '@/app/(workspace)/editor/actions';
import { CATEGORIES, COMMITMENT_KINDS, COUNTRY_CODES } from '@/lib/domain';
import { domainLabels } from '@/i18n/domain-labels';
import type { Locale } from '@/i18n/routing';
import { CheckboxField, FormStatus, SelectField, SubmitButton, TextArea, TextField } from '@/components/forms/fields';
import { useEditorForm } from '@/components/forms/use-editor-form';

type Option = { value: string; label: string };

export type CommitmentFormInitial = {
  id?: number;
  version?: number;
  slug?: string;
  title?: string;
  summary?: string;
  category?: string;
  kind?: string;
  owner?: string;
  announcedOn?: string;
  sourceId?: number;
  quote?: string;
  countries?: string[];
  deadlineText?: string | null;
  deadlineOn?: string | null;
  deadlineInterpreted?: boolean;
  deadlineNote?: string | null;
  metricId?: number | null;
  direction?: string | null;
  baselineValue?: number | null;
  baselineOn?: string | null;
  baselineNote?: string | null;
  baselinePeriod?: string | null;
  targetValue?: number | null;
  targetMultiple?: number | null;
  targetNote?: string | null;
};

export function CommitmentForm({ initial, sources, metrics }: { initial: CommitmentFormInitial; sources: Option[]; metrics: Option[] }) {
  const t = useTranslations('workspaceForms');
  const labels = domainLabels(useLocale() as Locale);
  const { state, action, key, expectedVersion: expected, typed, typedList } = useEditorForm(saveCommitmentAction, { version: initial.version });
  const [kind, setKind] = useState(typed('kind') ?? initial.kind ?? 'project');
  const countries = typedList('countries') ?? initial.countries ?? [];
  return (
    <form key={key} action={action} className="form" noValidate aria-label={initial.id ? t('commitment.ariaEdit') : t('commitment.ariaNew')}>
      <FormStatus state={state} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {expected !== undefined ? <input type="hidden" name="expectedVersion" value={expected} /> : null}
      <TextField name="title" label={t('shared.title')} state={state} initial={initial.title} required maxLength={200} />
      <TextField name="slug" label={t('shared.slug')} state={state} initial={initial.slug} required hint={t('commitment.slugHint')} />
      <SelectField
        name="category"
        label={t('commitment.category')}
        state={state}
        initial={initial.category}
        required
        placeholder={t('shared.choose')}
        options={CATEGORIES.map((c) => ({ value: c, label: labels.category[c] }))}
      />
      <div className="field">
        <label htmlFor="field-kind">{t('shared.kind')}</label>
        <select
          id="field-kind"
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value)}
          aria-describedby={state.fieldErrors?.kind ? 'field-kind-error' : undefined}
        >
          {COMMITMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {labels.kind[k]}
            </option>
          ))}
        </select>
        {state.fieldErrors?.kind ? (
          <p id="field-kind-error" className="field__error">
            ⚠ {state.fieldErrors.kind.join(' ')}
          </p>
        ) : null}
      </div>
      <TextField name="owner" label={t('commitment.owner')} state={state} initial={initial.owner} required />
      <TextField name="announcedOn" label={t('commitment.announcedOn')} type="date" state={state} initial={initial.announcedOn} required />
      <SelectField
        name="sourceId"
        label={t('commitment.source')}
        state={state}
        initial={initial.sourceId}
        required
        placeholder={t('shared.choose')}
        options={sources}
      />
      <TextArea name="summary" label={t('commitment.summary')} state={state} initial={initial.summary} required rows={3} maxLength={2000} />
      <TextArea name="quote" label={t('commitment.quote')} state={state} initial={initial.quote} required rows={3} maxLength={4000} />
      <fieldset>
        <legend>{t('commitment.countries')}</legend>
        {COUNTRY_CODES.map((code) => (
          <div className="field field--checkbox" key={code}>
            <input id={`country-${code}`} type="checkbox" name="countries[]" value={code} defaultChecked={countries.includes(code)} />
            <label htmlFor={`country-${code}`}>{labels.country[code]}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('commitment.deadline.legend')}</legend>
        <TextField
          name="deadlineText"
          label={t('commitment.deadline.text')}
          state={state}
          initial={initial.deadlineText}
          hint={t('commitment.deadline.textHint')}
        />
        <TextField name="deadlineOn" label={t('commitment.deadline.date')} type="date" state={state} initial={initial.deadlineOn} />
        <CheckboxField name="deadlineInterpreted" label={t('commitment.deadline.interpreted')} state={state} initial={initial.deadlineInterpreted} />
        <TextArea name="deadlineNote" label={t('commitment.deadline.note')} state={state} initial={initial.deadlineNote} rows={2} maxLength={2000} />
      </fieldset>
      {kind === 'target' ? (
        <fieldset>
          <legend>{t('commitment.target.legend')}</legend>
          <SelectField
            name="metricId"
            label={t('commitment.target.metric')}
            state={state}
            initial={initial.metricId}
            placeholder={t('shared.choose')}
            options={metrics}
          />
          <SelectField
            name="direction"
            label={t('commitment.target.direction')}
            state={state}
            initial={initial.direction ?? 'up'}
            options={[
              { value: 'up', label: t('commitment.target.up') },
              { value: 'down', label: t('commitment.target.down') },
            ]}
          />
          <p className="field__hint">{t('commitment.target.intro')}</p>
          <TextField
            name="baselineValue"
            label={t('commitment.target.baselineValue')}
            state={state}
            initial={initial.baselineValue}
            inputMode="decimal"
          />
          <TextField name="baselineOn" label={t('commitment.target.baselineOn')} type="date" state={state} initial={initial.baselineOn} />
          <TextField
            name="baselinePeriod"
            label={t('commitment.target.baselinePeriod')}
            state={state}
            initial={initial.baselinePeriod}
            hint={t('commitment.target.baselinePeriodHint')}
          />
          <TextField name="targetValue" label={t('commitment.target.targetValue')} state={state} initial={initial.targetValue} inputMode="decimal" />
          <TextField
            name="targetMultiple"
            label={t('commitment.target.targetMultiple')}
            state={state}
            initial={initial.targetMultiple}
            inputMode="decimal"
            hint={t('commitment.target.targetMultipleHint')}
          />
          <TextArea name="baselineNote" label={t('commitment.target.baselineNote')} state={state} initial={initial.baselineNote} rows={2} />
          <TextArea name="targetNote" label={t('commitment.target.targetNote')} state={state} initial={initial.targetNote} rows={2} />
        </fieldset>
      ) : null}
      {initial.id ? (
        <TextArea
          name="correctionReason"
          label={t('commitment.correction.label')}
          state={state}
          rows={2}
          maxLength={1000}
          hint={t('commitment.correction.hint')}
        />
      ) : null}
      <div className="form__actions">
        <SubmitButton>{initial.id ? t('shared.saveChanges') : t('commitment.create')}</SubmitButton>
      </div>
    </form>
  );
}
