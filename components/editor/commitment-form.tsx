'use client';

import { useState } from 'react';
import { saveCommitmentAction } from '@/app/(workspace)/editor/actions';
import { CATEGORIES, CATEGORY_LABELS, COMMITMENT_KINDS, COUNTRIES, COUNTRY_CODES, KIND_LABELS } from '@/lib/domain';
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
  const { state, action, key, expectedVersion: expected, typed, typedList } = useEditorForm(saveCommitmentAction, { version: initial.version });
  const [kind, setKind] = useState(typed('kind') ?? initial.kind ?? 'project');
  const countries = typedList('countries') ?? initial.countries ?? [];
  return (
    <form key={key} action={action} className="form" noValidate aria-label={initial.id ? 'Edit commitment' : 'New commitment'}>
      <FormStatus state={state} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {expected !== undefined ? <input type="hidden" name="expectedVersion" value={expected} /> : null}
      <TextField name="title" label="Title" state={state} initial={initial.title} required maxLength={200} />
      <TextField name="slug" label="Slug (address)" state={state} initial={initial.slug} required hint="Lower-case words joined by hyphens." />
      <SelectField
        name="category"
        label="Category"
        state={state}
        initial={initial.category}
        required
        placeholder="Choose…"
        options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
      />
      <div className="field">
        <label htmlFor="field-kind">Kind</label>
        <select
          id="field-kind"
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value)}
          aria-describedby={state.fieldErrors?.kind ? 'field-kind-error' : undefined}
        >
          {COMMITMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        {state.fieldErrors?.kind ? (
          <p id="field-kind-error" className="field__error">
            ⚠ {state.fieldErrors.kind.join(' ')}
          </p>
        ) : null}
      </div>
      <TextField name="owner" label="Who committed" state={state} initial={initial.owner} required />
      <TextField name="announcedOn" label="Announced on" type="date" state={state} initial={initial.announcedOn} required />
      <SelectField
        name="sourceId"
        label="Announced in (source)"
        state={state}
        initial={initial.sourceId}
        required
        placeholder="Choose…"
        options={sources}
      />
      <TextArea name="summary" label="Summary, in our own words" state={state} initial={initial.summary} required rows={3} maxLength={2000} />
      <TextArea name="quote" label="Quote from the source (verbatim)" state={state} initial={initial.quote} required rows={3} maxLength={4000} />
      <fieldset>
        <legend>Countries involved</legend>
        {COUNTRY_CODES.map((code) => (
          <div className="field field--checkbox" key={code}>
            <input id={`country-${code}`} type="checkbox" name="countries[]" value={code} defaultChecked={countries.includes(code)} />
            <label htmlFor={`country-${code}`}>{COUNTRIES[code]}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>Deadline</legend>
        <TextField
          name="deadlineText"
          label="As stated"
          state={state}
          initial={initial.deadlineText}
          hint="The words used, e.g. “in the medium term”."
        />
        <TextField name="deadlineOn" label="Date" type="date" state={state} initial={initial.deadlineOn} />
        <CheckboxField
          name="deadlineInterpreted"
          label="The date is our interpretation of the words"
          state={state}
          initial={initial.deadlineInterpreted}
        />
        <TextArea name="deadlineNote" label="Why this date" state={state} initial={initial.deadlineNote} rows={2} maxLength={2000} />
      </fieldset>
      {kind === 'target' ? (
        <fieldset>
          <legend>Numeric target</legend>
          <SelectField
            name="metricId"
            label="Measured by (metric)"
            state={state}
            initial={initial.metricId}
            placeholder="Choose…"
            options={metrics}
          />
          <SelectField
            name="direction"
            label="Direction"
            state={state}
            initial={initial.direction ?? 'up'}
            options={[
              { value: 'up', label: 'Rise to the target' },
              { value: 'down', label: 'Fall to the target' },
            ]}
          />
          <p className="field__hint">
            The baseline is either a value with its date, or the metric’s figure for a period (e.g. the year of the announcement). The target is
            either a value, or a multiple of the baseline (“fivefold” = 5). The direction, baseline and target must agree.
          </p>
          <TextField name="baselineValue" label="Baseline value" state={state} initial={initial.baselineValue} inputMode="decimal" />
          <TextField name="baselineOn" label="Baseline date" type="date" state={state} initial={initial.baselineOn} />
          <TextField
            name="baselinePeriod"
            label="…or baseline = the figure for period"
            state={state}
            initial={initial.baselinePeriod}
            hint="e.g. 2023: the preferred figure for that period, once recorded."
          />
          <TextField name="targetValue" label="Target value" state={state} initial={initial.targetValue} inputMode="decimal" />
          <TextField
            name="targetMultiple"
            label="…or target = baseline ×"
            state={state}
            initial={initial.targetMultiple}
            inputMode="decimal"
            hint="5 for fivefold; 0.5 to halve (with direction “fall”)."
          />
          <TextArea name="baselineNote" label="Baseline note" state={state} initial={initial.baselineNote} rows={2} />
          <TextArea name="targetNote" label="Target note" state={state} initial={initial.targetNote} rows={2} />
        </fieldset>
      ) : null}
      {initial.id ? (
        <TextArea
          name="correctionReason"
          label="Reason, if you correct the announced terms"
          state={state}
          rows={2}
          maxLength={1000}
          hint="The quote, announcement date and source, deadline, metric, direction, baseline and target change here only to correct how they were recorded, and the page shows the change with this reason. If the leaders changed them, record a revision instead."
        />
      ) : null}
      <div className="form__actions">
        <SubmitButton>{initial.id ? 'Save changes' : 'Create commitment'}</SubmitButton>
      </div>
    </form>
  );
}
