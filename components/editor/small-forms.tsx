'use client';

import { useState } from 'react';
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
import { ENGLISH_LABELS, ROLES, VALUE_QUALIFIERS } from '@/lib/domain';
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
  const { state, action, key, expectedVersion: expected } = useEditorForm(recordTargetRevision, { version });
  return (
    <form key={key} action={action} className="form" noValidate aria-label="Record a target revision">
      <FormStatus state={state} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="expectedVersion" value={expected} />
      <TextField name="revisedOn" label="Revised on" type="date" state={state} required hint="The day the new terms take effect." />
      {isTarget ? (
        <TextField name="newTargetValue" label="New target" state={state} inputMode="decimal" hint="Leave empty to keep the target." />
      ) : null}
      <TextField
        name="newDeadlineOn"
        label="New deadline"
        type="date"
        state={state}
        hint="Leave empty to keep the deadline (it is then not marked revised)."
      />
      <TextField name="newDeadlineText" label="Deadline as stated" state={state} hint="The words used, e.g. “by 2030”." />
      {isTarget ? (
        <fieldset>
          <legend>Re-baseline (optional)</legend>
          <p className="field__hint">A better figure for the baseline, from this revision’s source. Give both or neither.</p>
          <TextField name="newBaselineValue" label="New baseline value" state={state} inputMode="decimal" />
          <TextField
            name="newBaselineOn"
            label="New baseline date"
            type="date"
            state={state}
            hint="The end of the period it measures, e.g. 2023-12-31."
          />
        </fieldset>
      ) : null}
      <SelectField name="sourceId" label="Source" state={state} required placeholder="Choose…" options={sources} />
      <TextArea name="note" label="Note" state={state} rows={3} maxLength={2000} />
      <div className="form__actions">
        <SubmitButton>Record revision</SubmitButton>
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
  const { state, action, key, expectedVersion: expected } = useEditorForm(recordPlannedDate, { version });
  return (
    <form key={key} action={action} className="form" noValidate aria-label="Record a planned completion date">
      <FormStatus state={state} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="expectedVersion" value={expected} />
      <TextField
        name="plannedOn"
        label="Planned completion"
        type="date"
        state={state}
        required
        hint="“In 2026” is 2026-12-31; “in the first quarter” its last day."
      />
      <TextField name="plannedText" label="As stated" state={state} hint="The source’s words, e.g. “by the end of 2026”." />
      <TextField name="statedOn" label="Stated on" type="date" state={state} initial={today} required hint="When the source gave this date." />
      <SelectField name="sourceId" label="Source" state={state} required placeholder="Choose…" options={sources} />
      <TextArea name="note" label="Note" state={state} rows={2} maxLength={2000} />
      <div className="form__actions">
        <SubmitButton>Record planned date</SubmitButton>
      </div>
    </form>
  );
}

export function ObservationForm({ metricId, sources }: { metricId: number; sources: Option[] }) {
  const { state, action, key } = useEditorForm(addObservationAction);
  return (
    <form key={key} action={action} className="form" noValidate aria-label="Add a figure">
      <FormStatus state={state} />
      <input type="hidden" name="metricId" value={metricId} />
      <TextField
        name="period"
        label="Period"
        state={state}
        required
        hint="2024, 2024-H1, 2024-Q2, 2024-06, 2024-01..09 (January–September) or 2024-06-30"
      />
      <TextField name="value" label="Value" state={state} required inputMode="decimal" />
      <SelectField
        name="qualifier"
        label="Exactness"
        state={state}
        initial="exact"
        options={VALUE_QUALIFIERS.map((q) => ({ value: q, label: ENGLISH_LABELS.qualifier[q] }))}
        hint="What the source calls it: a forecast never counts as reached; a preliminary figure counts and is marked."
      />
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
  const { state, action, key } = useEditorForm(preferObservationAction);
  return (
    <form key={key} action={action}>
      <input type="hidden" name="observationId" value={observationId} />
      <button type="submit" className="link-button" aria-label={label}>
        Make preferred
      </button>
      {state.status === 'error' ? <span className="field__error"> {state.message}</span> : null}
    </form>
  );
}

export function CsvImportForm({ metricId }: { metricId: number }) {
  const { state, action, key } = useEditorForm(importCsvAction);
  const [csv, setCsv] = useState('');
  // A preview hands the text back too (it wrote nothing), so the file can be imported as shown.
  const shown = state.values && typeof state.values.csv === 'string' && csv === '' ? state.values.csv : csv;
  const previewValid = state.preview && state.status === 'ok' && !state.preview.some((r) => r.errors.length > 0);
  return (
    <form key={key} action={action} className="form form--narrow" noValidate aria-label="Import figures from CSV">
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
  const { state, action, key } = useEditorForm(inviteUserAction);
  return (
    <form key={key} action={action} className="form" noValidate aria-label="Invite a user">
      <FormStatus state={state} />
      {state.result?.password ? (
        <p className="notice notice--success">
          One-time password for {state.result.email}: <code className="secret">{state.result.password}</code>
        </p>
      ) : null}
      <TextField name="email" label="Email" type="email" state={state} required />
      <TextField name="name" label="Name (seen by the team; public pages credit “the editors”)" state={state} required />
      <SelectField name="role" label="Role" state={state} initial="editor" options={ROLES.map((r) => ({ value: r, label: r }))} />
      <div className="form__actions">
        <SubmitButton>Create account</SubmitButton>
      </div>
    </form>
  );
}

export function RoleForm({ userId, role, label }: { userId: number; role: string; label: string }) {
  const { state, action, key } = useEditorForm(changeRoleAction);
  return (
    <form key={key} action={action} className="inline-form">
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
  return (
    <UserButtonForm
      serverAction={setDisabledAction}
      userId={userId}
      label={label}
      button={disabled ? 'Enable' : 'Disable'}
      fields={{ disabled: disabled ? 'false' : 'true' }}
    />
  );
}

export function ResetPasswordForm({ userId, label }: { userId: number; label: string }) {
  return <UserButtonForm serverAction={resetPasswordAction} userId={userId} label={`of ${label}`} button="New one-time password" />;
}

export function ResetSecondFactorForm({ userId, label, enrolled }: { userId: number; label: string; enrolled: boolean }) {
  return (
    <UserButtonForm serverAction={resetSecondFactorAction} userId={userId} label={`of ${label}`} button="Reset second factor" offered={enrolled} />
  );
}

export function PasswordForm() {
  const { state, action, key } = useEditorForm(changePasswordAction);
  return (
    <form key={key} action={action} className="form form--narrow" noValidate aria-label="Change password">
      <FormStatus state={state} />
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" state={state} required />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        state={state}
        required
        hint="At least 12 characters, and not a common or leaked password: a few unrelated words work well."
      />
      <TextField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" state={state} required />
      <div className="form__actions">
        <SubmitButton>Change password</SubmitButton>
      </div>
    </form>
  );
}
