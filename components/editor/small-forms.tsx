'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import {
  addObservationAction,
  changePasswordAction,
  changeRoleAction,
  importCsvAction,
  inviteUserAction,
  preferObservationAction,
  recordPlannedDate,
  recordTargetRevision,
  resetPasswordAction,
  resetSecondFactorAction,
  setDisabledAction,
} from '@/app/(workspace)/editor/actions';
import { ROLES, VALUE_QUALIFIERS } from '@/lib/domain';
import { domainLabels } from '@/i18n/domain-labels';
import type { Locale } from '@/i18n/routing';
import { CheckboxField, FormStatus, SelectField, SubmitButton, TextArea, TextField } from '@/components/forms/fields';
import { useEditorForm, type FormAction } from '@/components/forms/use-editor-form';

type Option = { value: string; label: string };

export function TargetRevisionForm({
  commitmentId,
  version,
  isTarget,
  sources,
}: {
  commitmentId: number;
  version: number;
  isTarget: boolean;
  sources: Option[];
}) {
  const t = useTranslations('workspaceControls');
  const { state, action, key, expectedVersion: expected } = useEditorForm(recordTargetRevision, { version });
  return (
    <form key={key} action={action} className="form" noValidate aria-label={t('targetRevision.ariaLabel')}>
      <FormStatus state={state} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="expectedVersion" value={expected} />
      <TextField name="revisedOn" label={t('targetRevision.revisedOn')} type="date" state={state} required hint={t('targetRevision.revisedOnHint')} />
      {isTarget ? (
        <TextField
          name="newTargetValue"
          label={t('targetRevision.newTarget')}
          state={state}
          inputMode="decimal"
          hint={t('targetRevision.newTargetHint')}
        />
      ) : null}
      <TextField name="newDeadlineOn" label={t('targetRevision.newDeadline')} type="date" state={state} hint={t('targetRevision.newDeadlineHint')} />
      <TextField name="newDeadlineText" label={t('targetRevision.deadlineText')} state={state} hint={t('targetRevision.deadlineTextHint')} />
      {isTarget ? (
        <fieldset>
          <legend>{t('targetRevision.rebaselineLegend')}</legend>
          <p className="field__hint">{t('targetRevision.rebaselineHint')}</p>
          <TextField name="newBaselineValue" label={t('targetRevision.newBaselineValue')} state={state} inputMode="decimal" />
          <TextField
            name="newBaselineOn"
            label={t('targetRevision.newBaselineOn')}
            type="date"
            state={state}
            hint={t('targetRevision.newBaselineOnHint')}
          />
        </fieldset>
      ) : null}
      <SelectField name="sourceId" label={t('shared.source')} state={state} required placeholder={t('shared.choose')} options={sources} />
      <TextArea name="note" label={t('shared.note')} state={state} rows={3} maxLength={2000} />
      <div className="form__actions">
        <SubmitButton>{t('targetRevision.submit')}</SubmitButton>
      </div>
    </form>
  );
}

export function PlannedDateForm({
  commitmentId,
  version,
  sources,
  today,
}: {
  commitmentId: number;
  version: number;
  sources: Option[];
  today: string;
}) {
  const t = useTranslations('workspaceControls');
  const { state, action, key, expectedVersion: expected } = useEditorForm(recordPlannedDate, { version });
  return (
    <form key={key} action={action} className="form" noValidate aria-label={t('plannedDate.ariaLabel')}>
      <FormStatus state={state} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="expectedVersion" value={expected} />
      <TextField name="plannedOn" label={t('plannedDate.plannedOn')} type="date" state={state} required hint={t('plannedDate.plannedOnHint')} />
      <TextField name="plannedText" label={t('plannedDate.plannedText')} state={state} hint={t('plannedDate.plannedTextHint')} />
      <TextField
        name="statedOn"
        label={t('plannedDate.statedOn')}
        type="date"
        state={state}
        initial={today}
        required
        hint={t('plannedDate.statedOnHint')}
      />
      <SelectField name="sourceId" label={t('shared.source')} state={state} required placeholder={t('shared.choose')} options={sources} />
      <TextArea name="note" label={t('shared.note')} state={state} rows={2} maxLength={2000} />
      <div className="form__actions">
        <SubmitButton>{t('plannedDate.submit')}</SubmitButton>
      </div>
    </form>
  );
}

export function ObservationForm({ metricId, sources }: { metricId: number; sources: Option[] }) {
  const t = useTranslations('workspaceControls');
  const labels = domainLabels(useLocale() as Locale);
  const { state, action, key } = useEditorForm(addObservationAction);
  return (
    <form key={key} action={action} className="form" noValidate aria-label={t('observation.ariaLabel')}>
      <FormStatus state={state} />
      <input type="hidden" name="metricId" value={metricId} />
      <TextField name="period" label={t('observation.period')} state={state} required hint={t('observation.periodHint')} />
      <TextField name="value" label={t('observation.value')} state={state} required inputMode="decimal" />
      <SelectField
        name="qualifier"
        label={t('observation.qualifier')}
        state={state}
        initial="exact"
        options={VALUE_QUALIFIERS.map((q) => ({ value: q, label: labels.qualifier[q] }))}
        hint={t('observation.qualifierHint')}
      />
      <SelectField name="sourceId" label={t('shared.source')} state={state} required placeholder={t('shared.choose')} options={sources} />
      <TextArea name="note" label={t('shared.note')} state={state} rows={2} maxLength={2000} />
      <CheckboxField name="preferred" label={t('observation.preferred')} state={state} />
      <CheckboxField name="derived" label={t('observation.derived')} state={state} />
      <div className="form__actions">
        <SubmitButton>{t('observation.submit')}</SubmitButton>
      </div>
    </form>
  );
}

export function PreferButton({ observationId, label }: { observationId: number; label: string }) {
  const t = useTranslations('workspaceControls');
  const { state, action, key } = useEditorForm(preferObservationAction);
  return (
    <form key={key} action={action}>
      <input type="hidden" name="observationId" value={observationId} />
      <button type="submit" className="link-button" aria-label={label}>
        {t('observation.makePreferred')}
      </button>
      {state.status === 'error' ? <span className="field__error"> {state.message}</span> : null}
    </form>
  );
}

export function CsvImportForm({ metricId }: { metricId: number }) {
  const t = useTranslations('workspaceControls');
  const { state, action, key } = useEditorForm(importCsvAction);
  const [csv, setCsv] = useState('');
  // A preview hands the text back too (it wrote nothing), so the file can be imported as shown.
  const shown = state.values && typeof state.values.csv === 'string' && csv === '' ? state.values.csv : csv;
  const previewValid = state.preview && state.status === 'ok' && !state.preview.some((r) => r.errors.length > 0);
  return (
    <form key={key} action={action} className="form form--narrow" noValidate aria-label={t('csvImport.ariaLabel')}>
      <FormStatus state={state} />
      <input type="hidden" name="metricId" value={metricId} />
      <div className="field">
        <label htmlFor="csv-file">{t('csvImport.file')}</label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="csv-file-hint"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (file) setCsv(await file.text());
          }}
        />
        <p id="csv-file-hint" className="field__hint">
          {t('csvImport.fileHint', { period: 'period', value: 'value', source: 'source', note: 'note' })}
        </p>
      </div>
      <div className="field field--full">
        <label htmlFor="field-csv">{t('csvImport.text')}</label>
        <textarea
          id="field-csv"
          name="csv"
          rows={8}
          value={shown}
          onChange={(e) => setCsv(e.currentTarget.value)}
          aria-invalid={state.fieldErrors?.csv ? true : undefined}
          aria-describedby={state.fieldErrors?.csv ? 'field-csv-error' : undefined}
        />
        {state.fieldErrors?.csv ? (
          <p id="field-csv-error" className="field__error">
            ⚠ {state.fieldErrors.csv.join(' ')}
          </p>
        ) : null}
      </div>
      {state.preview ? (
        <table className="table">
          <caption>{t('csvImport.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('csvImport.line')}</th>
              <th scope="col">{t('observation.period')}</th>
              <th scope="col">{t('observation.value')}</th>
              <th scope="col">{t('shared.source')}</th>
              <th scope="col">{t('csvImport.check')}</th>
            </tr>
          </thead>
          <tbody>
            {state.preview.map((r) => (
              <tr key={r.line}>
                <th scope="row">{r.line}</th>
                <td>{r.period}</td>
                <td>{r.value}</td>
                <td>{r.source}</td>
                <td>{r.errors.length ? <span className="field__error">✕ {r.errors.join(' ')}</span> : <span>✓ {t('csvImport.valid')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="form__actions">
        {previewValid ? (
          <button type="submit" name="confirm" value="true" className="button">
            {t('csvImport.import', { count: state.preview!.length })}
          </button>
        ) : null}
        <button type="submit" className={previewValid ? 'button button--secondary' : 'button'}>
          {t('csvImport.preview')}
        </button>
      </div>
    </form>
  );
}

export function InviteUserForm() {
  const t = useTranslations('workspaceControls');
  const { state, action, key } = useEditorForm(inviteUserAction);
  return (
    <form key={key} action={action} className="form" noValidate aria-label={t('invite.ariaLabel')}>
      <FormStatus state={state} />
      {state.result?.password ? (
        <p className="notice notice--success">
          {t.rich('invite.oneTimePassword', {
            email: state.result.email,
            password: state.result.password,
            secret: (chunks) => <code className="secret">{chunks}</code>,
          })}
        </p>
      ) : null}
      <TextField name="email" label={t('invite.email')} type="email" state={state} required />
      <TextField name="name" label={t('invite.name')} state={state} required />
      <SelectField
        name="role"
        label={t('invite.role')}
        state={state}
        initial="editor"
        options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      <div className="form__actions">
        <SubmitButton>{t('invite.submit')}</SubmitButton>
      </div>
    </form>
  );
}

export function RoleForm({ userId, role, label }: { userId: number; role: string; label: string }) {
  const t = useTranslations('workspaceControls');
  const { state, action, key } = useEditorForm(changeRoleAction);
  return (
    <form key={key} action={action} className="inline-form">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={`role-${userId}`} className="visually-hidden">
        {t('users.roleOf', { name: label })}
      </label>
      <select id={`role-${userId}`} name="role" defaultValue={role}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--secondary">
        {t.rich('users.changeRole', { name: label, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> })}
      </button>
      {state.status !== 'idle' ? (
        <span role="status" className={state.status === 'ok' ? 'small' : 'field__error'}>
          {' '}
          {state.fieldErrors?.userId?.join(' ') ?? state.message}
        </span>
      ) : null}
    </form>
  );
}

/** One button acting on one account, with its outcome beside it (and a one-time password, when one is made). */
function UserButtonForm<R extends { password: string }>({
  serverAction,
  userId,
  label,
  button,
  fields = {},
  offered = true,
}: {
  serverAction: FormAction<R>;
  userId: number;
  label: string;
  button: string;
  fields?: Record<string, string>;
  /** False when the button no longer applies (e.g. the factor it resets is gone): the form stays
   * mounted so the outcome of the last press is still read out after the table is redrawn. */
  offered?: boolean;
}) {
  const { state, action, key } = useEditorForm(serverAction);
  if (!offered && state.status === 'idle') return null;
  return (
    <form key={key} action={action} className="inline-form">
      <input type="hidden" name="userId" value={userId} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {offered ? (
        <button type="submit" className="button button--secondary">
          {button}
          <span className="visually-hidden"> {label}</span>
        </button>
      ) : null}
      {state.status !== 'idle' ? (
        <span role="status" className={state.status === 'ok' ? 'small' : 'field__error'}>
          {' '}
          {state.fieldErrors?.userId?.join(' ') ?? state.message}
          {state.result?.password ? (
            <>
              {' '}
              <code className="secret">{state.result.password}</code>
            </>
          ) : null}
        </span>
      ) : null}
    </form>
  );
}

export function DisableForm({ userId, disabled, label }: { userId: number; disabled: boolean; label: string }) {
  const t = useTranslations('workspaceControls');
  return (
    <UserButtonForm
      serverAction={setDisabledAction}
      userId={userId}
      label={t('users.toggleWhom', { name: label })}
      button={disabled ? t('users.enable') : t('users.disable')}
      fields={{ disabled: disabled ? 'false' : 'true' }}
    />
  );
}

export function ResetPasswordForm({ userId, label }: { userId: number; label: string }) {
  const t = useTranslations('workspaceControls');
  return (
    <UserButtonForm
      serverAction={resetPasswordAction}
      userId={userId}
      label={t('users.resetWhom', { name: label })}
      button={t('users.newPassword')}
    />
  );
}

export function ResetSecondFactorForm({ userId, label, enrolled }: { userId: number; label: string; enrolled: boolean }) {
  const t = useTranslations('workspaceControls');
  return (
    <UserButtonForm
      serverAction={resetSecondFactorAction}
      userId={userId}
      label={t('users.resetWhom', { name: label })}
      button={t('users.resetSecondFactor')}
      offered={enrolled}
    />
  );
}

export function PasswordForm() {
  const t = useTranslations('workspaceControls');
  const { state, action, key } = useEditorForm(changePasswordAction);
  return (
    <form key={key} action={action} className="form form--narrow" noValidate aria-label={t('password.ariaLabel')}>
      <FormStatus state={state} />
      <TextField name="currentPassword" label={t('password.current')} type="password" autoComplete="current-password" state={state} required />
      <TextField
        name="newPassword"
        label={t('password.new')}
        type="password"
        autoComplete="new-password"
        state={state}
        required
        hint={t('password.newHint')}
      />
      <TextField name="confirmPassword" label={t('password.confirm')} type="password" autoComplete="new-password" state={state} required />
      <div className="form__actions">
        <SubmitButton>{t('password.submit')}</SubmitButton>
      </div>
    </form>
  );
}
