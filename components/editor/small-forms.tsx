'use client';

import { useActionState, useState } from 'react';
import {
  addObservationAction,
  changePasswordAction,
  changeRoleAction,
  importCsvAction,
  inviteUserAction,
  preferObservationAction,
  recordTargetRevision,
  setDisabledAction,
} from '@/app/(workspace)/editor/actions';
import { idleState } from '@/lib/action-state';
import { ROLES, VALUE_QUALIFIERS } from '@/lib/domain';
import { CheckboxField, FormStatus, SelectField, SubmitButton, TextArea, TextField } from '@/components/forms/fields';

type Option = { value: string; label: string };

export function TargetRevisionForm({ commitmentId, version, isTarget, sources }: { commitmentId: number; version: number; isTarget: boolean; sources: Option[] }) {
  const [state, action] = useActionState(recordTargetRevision, idleState);
  const expected = state.result?.version ?? (typeof state.values?.expectedVersion === 'string' ? state.values.expectedVersion : String(version));
  return (
    <form key={state.nonce ?? 'initial'} action={action} className="form" noValidate aria-label="Record a target revision">
      <FormStatus state={state} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="expectedVersion" value={expected} />
      <TextField name="revisedOn" label="Revised on" type="date" state={state} required />
      {isTarget ? <TextField name="newTargetValue" label="New target" state={state} inputMode="decimal" /> : null}
      <TextField name="newDeadlineOn" label="New deadline" type="date" state={state} />
      <TextField name="newDeadlineText" label="Deadline as stated" state={state} hint="The words used, e.g. “by 2030”." />
      <SelectField name="sourceId" label="Source" state={state} required placeholder="Choose…" options={sources} />
      <TextArea name="note" label="Note" state={state} rows={3} maxLength={2000} />
      <div className="form__actions">
        <SubmitButton>Record revision</SubmitButton>
      </div>
    </form>
  );
}

export function ObservationForm({ metricId, sources }: { metricId: number; sources: Option[] }) {
  const [state, action] = useActionState(addObservationAction, idleState);
  return (
    <form key={state.nonce ?? 'initial'} action={action} className="form" noValidate aria-label="Add a figure">
      <FormStatus state={state} />
      <input type="hidden" name="metricId" value={metricId} />
      <TextField name="period" label="Period" state={state} required hint="2024, 2024-Q2, 2024-06 or 2024-06-30" />
      <TextField name="value" label="Value" state={state} required inputMode="decimal" />
      <SelectField name="qualifier" label="Exactness" state={state} initial="exact" options={VALUE_QUALIFIERS.map((q) => ({ value: q, label: q.replace('-', ' ') }))} />
      <SelectField name="sourceId" label="Source" state={state} required placeholder="Choose…" options={sources} />
      <TextArea name="note" label="Note" state={state} rows={2} maxLength={2000} />
      <CheckboxField name="preferred" label="Use as the preferred figure for this period" state={state} />
      <CheckboxField name="derived" label="Derived from other figures (not reported as such)" state={state} />
      <div className="form__actions">
        <SubmitButton>Add figure</SubmitButton>
      </div>
    </form>
  );
}

export function PreferButton({ observationId, label }: { observationId: number; label: string }) {
  const [state, action] = useActionState(preferObservationAction, idleState);
  return (
    <form key={state.nonce ?? 'initial'} action={action}>
      <input type="hidden" name="observationId" value={observationId} />
      <button type="submit" className="link-button" aria-label={label}>
        Make preferred
      </button>
      {state.status === 'error' ? <span className="field__error"> {state.message}</span> : null}
    </form>
  );
}

export function CsvImportForm({ metricId }: { metricId: number }) {
  const [state, action] = useActionState(importCsvAction, idleState);
  const [csv, setCsv] = useState('');
  const shown = state.values && typeof state.values.csv === 'string' && csv === '' ? state.values.csv : csv;
  const previewValid = state.preview && state.status === 'ok' && !state.preview.some((r) => r.errors.length > 0);
  return (
    <form key={state.nonce ?? 'initial'} action={action} className="form form--narrow" noValidate aria-label="Import figures from CSV">
      <FormStatus state={state} />
      <input type="hidden" name="metricId" value={metricId} />
      <div className="field">
        <label htmlFor="csv-file">CSV file</label>
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
          Columns: period, value, source (a source slug), note. The file’s text appears below, where you can also paste or edit it.
        </p>
      </div>
      <div className="field field--full">
        <label htmlFor="field-csv">CSV text</label>
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
          <caption>Preview: nothing has been written yet</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Period</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
              <th scope="col">Check</th>
            </tr>
          </thead>
          <tbody>
            {state.preview.map((r) => (
              <tr key={r.line}>
                <th scope="row">{r.line}</th>
                <td>{r.period}</td>
                <td>{r.value}</td>
                <td>{r.source}</td>
                <td>{r.errors.length ? <span className="field__error">✕ {r.errors.join(' ')}</span> : <span>✓ valid</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="form__actions">
        {previewValid ? (
          <button type="submit" name="confirm" value="true" className="button">
            Import {state.preview!.length} rows
          </button>
        ) : null}
        <button type="submit" className={previewValid ? 'button button--secondary' : 'button'}>
          Preview
        </button>
      </div>
    </form>
  );
}

export function InviteUserForm() {
  const [state, action] = useActionState(inviteUserAction, idleState);
  return (
    <form key={state.nonce ?? 'initial'} action={action} className="form" noValidate aria-label="Invite a user">
      <FormStatus state={state} />
      {state.result?.password ? (
        <p className="notice notice--success">
          One-time password for {state.result.email}: <code className="secret">{state.result.password}</code>
        </p>
      ) : null}
      <TextField name="email" label="Email" type="email" state={state} required />
      <TextField name="name" label="Name (shown on their public updates)" state={state} required />
      <SelectField name="role" label="Role" state={state} initial="editor" options={ROLES.map((r) => ({ value: r, label: r }))} />
      <div className="form__actions">
        <SubmitButton>Create account</SubmitButton>
      </div>
    </form>
  );
}

export function RoleForm({ userId, role, label }: { userId: number; role: string; label: string }) {
  const [state, action] = useActionState(changeRoleAction, idleState);
  return (
    <form key={state.nonce ?? 'initial'} action={action} className="inline-form">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={`role-${userId}`} className="visually-hidden">
        Role of {label}
      </label>
      <select id={`role-${userId}`} name="role" defaultValue={role}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--secondary">
        Change role<span className="visually-hidden"> of {label}</span>
      </button>
      {state.status !== 'idle' ? <span role="status" className={state.status === 'ok' ? 'small' : 'field__error'}> {state.fieldErrors?.userId?.join(' ') ?? state.message}</span> : null}
    </form>
  );
}

export function DisableForm({ userId, disabled, label }: { userId: number; disabled: boolean; label: string }) {
  const [state, action] = useActionState(setDisabledAction, idleState);
  return (
    <form key={state.nonce ?? 'initial'} action={action} className="inline-form">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      <button type="submit" className="button button--secondary">
        {disabled ? 'Enable' : 'Disable'}
        <span className="visually-hidden"> {label}</span>
      </button>
      {state.status !== 'idle' ? <span role="status" className={state.status === 'ok' ? 'small' : 'field__error'}> {state.fieldErrors?.userId?.join(' ') ?? state.message}</span> : null}
    </form>
  );
}

export function PasswordForm() {
  const [state, action] = useActionState(changePasswordAction, idleState);
  return (
    <form key={state.nonce ?? 'initial'} action={action} className="form form--narrow" noValidate aria-label="Change password">
      <FormStatus state={state} />
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" state={state} required />
      <TextField name="newPassword" label="New password" type="password" autoComplete="new-password" state={state} required hint="At least 12 characters." />
      <TextField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" state={state} required />
      <div className="form__actions">
        <SubmitButton>Change password</SubmitButton>
      </div>
    </form>
  );
}
