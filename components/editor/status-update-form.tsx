'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { logStatusUpdate } from '@/app/(workspace)/editor/actions';
import { VALUE_QUALIFIERS, VERDICTS, type Stage } from '@/lib/domain';
import { domainLabels } from '@/i18n/domain-labels';
import type { Locale } from '@/i18n/routing';
import { CheckboxField, FileField, FormStatus, SelectField, SubmitButton, TextArea, TextField } from '@/components/forms/fields';
import { useEditorForm } from '@/components/forms/use-editor-form';

type Option = { value: string; label: string };

/** Period formats the figure field accepts: the same in every language. */
const PERIOD_FORMATS = '2024, 2024-H1, 2024-Q2, 2024-06, 2024-01..09';

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
  const t = useTranslations('workspaceForms');
  const labels = domainLabels(useLocale() as Locale);
  const { state, action, key, expectedVersion: expected, typed, typedList } = useEditorForm(logStatusUpdate, { version });
  const [rows, setRows] = useState(Math.max(1, typedList('evidenceUrl')?.length ?? 1));
  const [entryType, setEntryType] = useState<'update' | 'review'>(typed('entryType') === 'review' ? 'review' : 'update');
  const typedRow = (name: string, i: number) =>
    typedList(name)?.[i] ?? (suggestion?.link && i === 0 ? (name === 'evidenceUrl' ? suggestion.link : 'Link sent by a reader') : '');
  // The date check is shown once the server has found the as-of date later than the source.
  const askToConfirm = Boolean(state.fieldErrors?.confirmDate) || typed('confirmDate') === 'on';
  const review = entryType === 'review';
  return (
    <form key={key} action={action} className="form" noValidate aria-label={t('statusUpdate.ariaLabel')}>
      <FormStatus state={state} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="expectedVersion" value={expected} />
      {suggestion ? (
        <>
          <input type="hidden" name="suggestionId" value={suggestion.id} />
          <p className="notice" role="note">
            {t('statusUpdate.suggestion', { id: String(suggestion.id), file: suggestion.hasFile ? 'attached' : 'none' })}
          </p>
        </>
      ) : null}
      <fieldset className="field field--full">
        <legend>{t('statusUpdate.entryType.legend')}</legend>
        <label className="choice">
          <input type="radio" name="entryType" value="update" checked={!review} onChange={() => setEntryType('update')} />{' '}
          {t('statusUpdate.entryType.update', { kind: isTarget ? 'target' : 'staged' })}
        </label>
        <label className="choice">
          <input type="radio" name="entryType" value="review" checked={review} onChange={() => setEntryType('review')} />{' '}
          {t('statusUpdate.entryType.review', { verdict: currentVerdict })}
        </label>
      </fieldset>
      <TextField
        name="asOf"
        label={t('statusUpdate.asOf.label')}
        type="date"
        state={state}
        initial={today}
        required
        hint={t('statusUpdate.asOf.hint')}
      />
      {askToConfirm ? (
        <CheckboxField name="confirmDate" label={t('statusUpdate.confirmDate.label')} state={state} hint={t('statusUpdate.confirmDate.hint')} />
      ) : null}
      {review ? null : (
        <>
          <SelectField
            name="verdict"
            label={t('statusUpdate.verdict')}
            state={state}
            required
            placeholder={t('shared.choose')}
            options={VERDICTS.map((v) => ({ value: v, label: labels.verdict[v] }))}
          />
          {isTarget ? (
            <fieldset className="field field--full">
              <legend>{t('statusUpdate.figure.legend')}</legend>
              <p className="field__hint">{t('statusUpdate.figure.intro')}</p>
              <div className="field-row">
                <TextField
                  name="figureValue"
                  label={t('statusUpdate.figure.value')}
                  state={state}
                  inputMode="decimal"
                  hint={t('statusUpdate.figure.valueHint')}
                />
                <TextField name="figurePeriod" label={t('statusUpdate.figure.period')} state={state} hint={PERIOD_FORMATS} />
                <SelectField
                  name="figureQualifier"
                  label={t('statusUpdate.figure.exactness')}
                  state={state}
                  initial="exact"
                  options={VALUE_QUALIFIERS.map((q) => ({ value: q, label: labels.qualifier[q] }))}
                  hint={t('statusUpdate.figure.exactnessHint')}
                />
              </div>
            </fieldset>
          ) : (
            <SelectField
              name="stage"
              label={t('statusUpdate.stage.label')}
              state={state}
              initial={correctedStage ?? undefined}
              placeholder={
                currentStage ? t('statusUpdate.stage.unchanged', { stage: labels.stage[currentStage] }) : t('statusUpdate.stage.unchangedNone')
              }
              options={stages.map((s) => ({ value: s, label: labels.stage[s] }))}
              hint={t('statusUpdate.stage.hint')}
            />
          )}
        </>
      )}
      <SelectField
        name="sourceId"
        label={t('statusUpdate.source.label')}
        state={state}
        placeholder={t('statusUpdate.source.none')}
        options={sources}
      />
      <SelectField
        name="correctsId"
        label={t('statusUpdate.corrects.label')}
        state={state}
        initial={corrects}
        placeholder={t('statusUpdate.corrects.none')}
        options={entries}
        hint={t('statusUpdate.corrects.hint')}
      />
      <TextArea
        name="note"
        label={t('statusUpdate.note.label')}
        state={state}
        initial={suggestion ? `A reader reported (suggestion #${suggestion.id}): ${suggestion.body}` : undefined}
        rows={5}
        maxLength={5000}
        required={review}
        hint={review ? t('statusUpdate.note.reviewHint') : t('statusUpdate.note.markdownHint', { markdown: 'Markdown', html: 'HTML' })}
      />
      <fieldset>
        <legend>{t('statusUpdate.evidence.legend')}</legend>
        {Array.from({ length: rows }, (_, i) => (
          <div className="evidence-row" key={i}>
            <div className="field">
              <label htmlFor={`evidence-url-${i}`}>{t('statusUpdate.evidence.linkAddress', { number: String(i + 1) })}</label>
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
              <label htmlFor={`evidence-title-${i}`}>{t('statusUpdate.evidence.linkTitle', { number: String(i + 1) })}</label>
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
              {t('statusUpdate.evidence.addLink')}
            </button>
          </p>
        ) : null}
        <FileField
          name="attachment"
          label={t('statusUpdate.evidence.attachment', { pdf: 'PDF' })}
          state={state}
          accept="application/pdf,image/png,image/jpeg,image/gif,image/webp"
          hint={t('statusUpdate.evidence.attachmentHint', {
            formats: 'PDF, PNG, JPEG, GIF',
            lastFormat: 'WebP',
            maxMb: String(maxFileMb),
            hash: 'sha256',
          })}
        />
      </fieldset>
      <div className="form__actions">
        <SubmitButton>{review ? t('statusUpdate.submitReview') : t('statusUpdate.submitUpdate')}</SubmitButton>
      </div>
    </form>
  );
}
