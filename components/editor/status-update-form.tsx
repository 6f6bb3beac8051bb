'use client';

import { useState } from 'react';
import { logStatusUpdate } from '@/app/(workspace)/editor/actions';
import { ENGLISH_LABELS, STAGE_LABELS, VALUE_QUALIFIERS, VERDICTS, VERDICT_LABELS, type Stage } from '@/lib/domain';
import { CheckboxField, FileField, FormStatus, SelectField, SubmitButton, TextArea, TextField } from '@/components/forms/fields';
import { useEditorForm } from '@/components/forms/use-editor-form';

type Option = { value: string; label: string };

/**
 * A log entry: a status update (verdict, and a stage or a figure), or a review that found
 * nothing new. Leaving the stage at "unchanged" keeps the stage in force; a figure typed here
 * is stored as a figure of the target's series, with this entry's source and exactness.
 */
export function StatusUpdateForm({
  commitmentId,
  version,
  isTarget,
  stages,
  currentStage,
  currentVerdict,
  sources,
  entries,
  corrects,
  correctedStage,
  today,
  maxFileMb,
  suggestion,
}: {
  commitmentId: number;
  version: number;
  isTarget: boolean;
  stages: readonly Stage[];
  /** The stage in force, named in the "unchanged" choice so an editor sees what is kept. */
  currentStage: Stage | null;
  currentVerdict: string;
  sources: Option[];
  entries: Option[];
  corrects: string | null;
  /** The stage the corrected entry stated: a correction starts from it, so it is kept unless changed. */
  correctedStage?: Stage | null;
  today: string;
  /** EVIDENCE_FILE_MAX_MB, said in the file field's hint. */
  maxFileMb: number;
  /** A reader's suggestion being accepted: its words and link start the entry (the editor checks and completes them). */
  suggestion?: { id: number; body: string; link: string | null; hasFile: boolean } | null;
}) {
  const { state, action, key, expectedVersion: expected, typed, typedList } = useEditorForm(logStatusUpdate, { version });
  const [rows, setRows] = useState(Math.max(1, typedList('evidenceUrl')?.length ?? 1));
  const [entryType, setEntryType] = useState<'update' | 'review'>(typed('entryType') === 'review' ? 'review' : 'update');
  const typedRow = (name: string, i: number) =>
    typedList(name)?.[i] ?? (suggestion?.link && i === 0 ? (name === 'evidenceUrl' ? suggestion.link : 'Link sent by a reader') : '');
  // The date check is shown once the server has found the as-of date later than the source.
  const askToConfirm = Boolean(state.fieldErrors?.confirmDate) || typed('confirmDate') === 'on';
  const review = entryType === 'review';
  return (
    <form key={key} action={action} className="form" noValidate aria-label="Log a status update">
      <FormStatus state={state} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="expectedVersion" value={expected} />
      {suggestion ? (
        <>
          <input type="hidden" name="suggestionId" value={suggestion.id} />
          <p className="notice" role="note">
            Accepting reader suggestion #{suggestion.id}. Its words and link are filled in below: check them against a source, choose the verdict and
            the source, and rewrite the note in your own words before saving.
            {suggestion.hasFile ? ' Its file is attached to the entry when you save.' : ''} Saving publishes the entry and marks the suggestion
            accepted.
          </p>
        </>
      ) : null}
      <fieldset className="field field--full">
        <legend>Kind of entry</legend>
        <label className="choice">
          <input type="radio" name="entryType" value="update" checked={!review} onChange={() => setEntryType('update')} /> Status update: something
          moved on (a new assessment{isTarget ? ', with a number if one was reported' : ', with how far it has got'})
        </label>
        <label className="choice">
          <input type="radio" name="entryType" value="review" checked={review} onChange={() => setEntryType('review')} /> Reviewed, no change: you
          looked and found nothing new; the assessment in force (“{currentVerdict}”) stays
        </label>
      </fieldset>
      <TextField
        name="asOf"
        label="As of"
        type="date"
        state={state}
        initial={today}
        required
        hint="The date the status applies to (for a review: the day you looked)."
      />
      {askToConfirm ? (
        <CheckboxField
          name="confirmDate"
          label="I confirm this date although it is later than the source’s publication"
          state={state}
          hint="For example, the source announced an event for that date. The entry shows that the date was confirmed."
        />
      ) : null}
      {review ? null : (
        <>
          <SelectField
            name="verdict"
            label="Verdict"
            state={state}
            required
            placeholder="Choose…"
            options={VERDICTS.map((v) => ({ value: v, label: VERDICT_LABELS[v] }))}
          />
          {isTarget ? (
            <fieldset className="field field--full">
              <legend>Figure reached (optional)</legend>
              <p className="field__hint">
                Stored as a figure of the target’s series with this entry’s source, so the computation uses it. Needs a source.
              </p>
              <div className="field-row">
                <TextField name="figureValue" label="Value" state={state} inputMode="decimal" hint="A plain number in the target’s unit." />
                <TextField name="figurePeriod" label="Period" state={state} hint="2024, 2024-H1, 2024-Q2, 2024-06, 2024-01..09" />
                <SelectField
                  name="figureQualifier"
                  label="Exactness"
                  state={state}
                  initial="exact"
                  options={VALUE_QUALIFIERS.map((q) => ({ value: q, label: ENGLISH_LABELS.qualifier[q] }))}
                  hint="A forecast (“expected”, “will reach”) is shown but never counts as reached."
                />
              </div>
            </fieldset>
          ) : (
            <SelectField
              name="stage"
              label="Stage"
              state={state}
              initial={correctedStage ?? undefined}
              placeholder={currentStage ? `Unchanged (${STAGE_LABELS[currentStage]})` : 'Unchanged / not stated'}
              options={stages.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
              hint="Leave unchanged to keep the stage in force; a correction left unchanged keeps the stage of the entry it corrects. An achieved verdict means the last stage."
            />
          )}
        </>
      )}
      <SelectField name="sourceId" label="Source (optional)" state={state} placeholder="No catalogued source" options={sources} />
      <SelectField
        name="correctsId"
        label="Corrects an earlier entry (optional)"
        state={state}
        initial={corrects}
        placeholder="No: this is a new entry"
        options={entries}
        hint="A correction is added as a new entry; the original stays visible."
      />
      <TextArea
        name="note"
        label="Note"
        state={state}
        initial={suggestion ? `A reader reported (suggestion #${suggestion.id}): ${suggestion.body}` : undefined}
        rows={5}
        maxLength={5000}
        required={review}
        hint={
          review
            ? 'Required: say what you looked at (sites, terms, languages) and what you found.'
            : 'Markdown: **bold**, *italic*, lists and links. HTML is shown as text.'
        }
      />
      <fieldset>
        <legend>Evidence</legend>
        {Array.from({ length: rows }, (_, i) => (
          <div className="evidence-row" key={i}>
            <div className="field">
              <label htmlFor={`evidence-url-${i}`}>Link {i + 1} address</label>
              <input
                id={`evidence-url-${i}`}
                name="evidenceUrl[]"
                type="url"
                defaultValue={typedRow('evidenceUrl', i)}
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
                defaultValue={typedRow('evidenceTitle', i)}
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
        <FileField
          name="attachment"
          label="Or attach a file (PDF or image)"
          state={state}
          accept="application/pdf,image/png,image/jpeg,image/gif,image/webp"
          hint={`When no link exists: a scan or photo of a document. PDF, PNG, JPEG, GIF or WebP, at most ${maxFileMb} MB; the type is read from the file's content. It is stored with its sha256 and shown with the entry.`}
        />
      </fieldset>
      <div className="form__actions">
        <SubmitButton>{review ? 'Log review' : 'Log update'}</SubmitButton>
      </div>
    </form>
  );
}
