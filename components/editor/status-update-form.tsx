'use client';

import { useActionState, useState } from 'react';
import { logStatusUpdate } from '@/app/(workspace)/editor/actions';
import { idleState } from '@/lib/action-state';
import { STAGE_LABELS, VERDICTS, VERDICT_LABELS, type Stage } from '@/lib/domain';
import { FormStatus, SelectField, SubmitButton, TextArea, TextField } from '@/components/forms/fields';

type Option = { value: string; label: string };

export function StatusUpdateForm({
  commitmentId,
  version,
  isTarget,
  stages,
  sources,
  entries,
  corrects,
  today,
}: {
  commitmentId: number;
  version: number;
  isTarget: boolean;
  stages: readonly Stage[];
  sources: Option[];
  entries: Option[];
  corrects: string | null;
  today: string;
}) {
  const [state, action] = useActionState(logStatusUpdate, idleState);
  const typedUrls = state.status !== 'ok' ? state.values?.evidenceUrl : undefined;
  const initialRows = Array.isArray(typedUrls) ? Math.max(1, typedUrls.length) : 1;
  const [rows, setRows] = useState(initialRows);
  const expected = state.result?.version ?? (typeof state.values?.expectedVersion === 'string' ? state.values.expectedVersion : String(version));
  const typed = (name: string, i: number) => {
    const v = state.status !== 'ok' ? state.values?.[name] : undefined;
    return Array.isArray(v) ? (v[i] ?? '') : i === 0 && typeof v === 'string' ? v : '';
  };
  return (
    <form key={state.nonce ?? 'initial'} action={action} className="form" noValidate aria-label="Log a status update">
      <FormStatus state={state} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="expectedVersion" value={expected} />
      <TextField name="asOf" label="As of" type="date" state={state} initial={today} required hint="The date the status applies to." />
      <SelectField
        name="verdict"
        label="Verdict"
        state={state}
        required
        placeholder="Choose…"
        options={VERDICTS.map((v) => ({ value: v, label: VERDICT_LABELS[v] }))}
      />
      {isTarget ? (
        <TextField name="value" label="Value reached (optional)" state={state} inputMode="decimal" hint="A plain number in the target’s unit." />
      ) : (
        <SelectField name="stage" label="Stage" state={state} placeholder="Unchanged / not stated" options={stages.map((s) => ({ value: s, label: STAGE_LABELS[s] }))} />
      )}
      <SelectField name="sourceId" label="Source (optional)" state={state} placeholder="No catalogued source" options={sources} />
      <SelectField
        name="correctsId"
        label="Corrects an earlier entry (optional)"
        state={state}
        initial={corrects}
        placeholder="No: this is a new update"
        options={entries}
        hint="A correction is added as a new entry; the original stays visible."
      />
      <TextArea name="note" label="Note" state={state} rows={5} maxLength={5000} hint="Markdown: **bold**, *italic*, lists and links. HTML is shown as text." />
      <fieldset>
        <legend>Evidence links</legend>
        {Array.from({ length: rows }, (_, i) => (
          <div className="evidence-row" key={i}>
            <div className="field">
              <label htmlFor={`evidence-url-${i}`}>Link {i + 1} address</label>
              <input
                id={`evidence-url-${i}`}
                name="evidenceUrl[]"
                type="url"
                defaultValue={typed('evidenceUrl', i)}
                placeholder="https://…"
                aria-invalid={state.fieldErrors?.[`evidence.${i}.url`] ? true : undefined}
                aria-describedby={state.fieldErrors?.[`evidence.${i}.url`] ? `evidence-url-${i}-error` : undefined}
              />
              {state.fieldErrors?.[`evidence.${i}.url`] ? (
                <p id={`evidence-url-${i}-error`} className="field__error">
                  ⚠ {state.fieldErrors[`evidence.${i}.url`]!.join(' ')}
                </p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor={`evidence-title-${i}`}>Link {i + 1} title</label>
              <input
                id={`evidence-title-${i}`}
                name="evidenceTitle[]"
                defaultValue={typed('evidenceTitle', i)}
                maxLength={300}
                aria-invalid={state.fieldErrors?.[`evidence.${i}.title`] ? true : undefined}
                aria-describedby={state.fieldErrors?.[`evidence.${i}.title`] ? `evidence-title-${i}-error` : undefined}
              />
              {state.fieldErrors?.[`evidence.${i}.title`] ? (
                <p id={`evidence-title-${i}-error`} className="field__error">
                  ⚠ {state.fieldErrors[`evidence.${i}.title`]!.join(' ')}
                </p>
              ) : null}
            </div>
          </div>
        ))}
        {rows < 10 ? (
          <p>
            <button type="button" className="button button--secondary" onClick={() => setRows(rows + 1)}>
              Add another link
            </button>
          </p>
        ) : null}
      </fieldset>
      <div className="form__actions">
        <SubmitButton>Log update</SubmitButton>
      </div>
    </form>
  );
}
