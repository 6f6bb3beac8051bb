'use client';

import { useId } from 'react';
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import { typedValues } from '@/lib/action-state';
import type { ActionState } from '@/lib/server/editor-action';

// Form controls for the editor workspace. Each field shows what the user typed after a
// failed save (state.values), points at its own error with aria-describedby, and marks
// itself invalid, so nothing typed is lost and every error is findable without colour.
// Their own texts are in common.fields: the public suggestion form uses them too, and only the
// common namespace reaches the browser on public pages.

type Common = {
  name: string;
  label: string;
  state: ActionState;
  initial?: string | number | null;
  hint?: string;
  required?: boolean;
  /** Key for state.fieldErrors when it differs from the name (e.g. 'evidence.0.url'). */
  errorKey?: string;
  /** Language of what is typed, when it is not the page's (a Russian title): for spelling and screen readers. */
  lang?: string;
};

function valueOf(state: ActionState, name: string, initial: string | number | null | undefined): string {
  const typed = typedValues(state)?.[name];
  if (typeof typed === 'string') return typed;
  return initial === null || initial === undefined ? '' : String(initial);
}

/** The "(required)" marker sits outside the label: the input's required attribute already
 * tells assistive technology, and the label text stays exactly the field's name. */
function LabelRow({ id, label, required }: { id: string; label: string; required?: boolean }) {
  const t = useTranslations('common');
  return (
    <span className="field__label-row">
      <label htmlFor={id}>{label}</label>
      {required ? (
        <span className="field__required" aria-hidden="true">
          {t('fields.required')}
        </span>
      ) : null}
    </span>
  );
}

function Described({ id, hint, errors }: { id: string; hint?: string; errors?: string[] }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}

function describedBy(id: string, hint?: string, errors?: string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

export function TextField({
  name,
  label,
  state,
  initial,
  hint,
  required,
  errorKey,
  type = 'text',
  ...rest
}: Common & {
  type?: string;
  maxLength?: number;
  placeholder?: string;
  autoComplete?: string;
  step?: string;
  inputMode?: 'decimal' | 'text' | 'email' | 'numeric';
}) {
  const id = `${useId()}${name}`;
  const errors = state.fieldErrors?.[errorKey ?? name];
  return (
    <div className="field">
      <LabelRow id={id} label={label} required={required} />
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={type === 'password' ? undefined : valueOf(state, name, initial)}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...rest}
      />
      <Described id={id} hint={hint} errors={errors} />
    </div>
  );
}

/** A file input. A browser cannot refill one after a refusal, so its hint says so when there is an error. */
export function FileField({ name, label, state, hint, accept }: Omit<Common, 'initial' | 'required' | 'lang' | 'errorKey'> & { accept: string }) {
  const id = `${useId()}${name}`;
  const errors = state.fieldErrors?.[name];
  return (
    <div className="field field--full">
      <LabelRow id={id} label={label} />
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
      />
      <Described id={id} hint={hint} errors={errors} />
    </div>
  );
}

export function TextArea({ name, label, state, initial, hint, required, lang, rows = 4, maxLength }: Common & { rows?: number; maxLength?: number }) {
  const id = `${useId()}${name}`;
  const errors = state.fieldErrors?.[name];
  return (
    <div className="field field--full">
      <LabelRow id={id} label={label} required={required} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        lang={lang}
        defaultValue={valueOf(state, name, initial)}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
      />
      <Described id={id} hint={hint} errors={errors} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  state,
  initial,
  hint,
  required,
  options,
  placeholder,
}: Common & { options: { value: string; label: string }[]; placeholder?: string }) {
  const id = `${useId()}${name}`;
  const errors = state.fieldErrors?.[name];
  return (
    <div className="field">
      <LabelRow id={id} label={label} required={required} />
      <select
        id={id}
        name={name}
        defaultValue={valueOf(state, name, initial)}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Described id={id} hint={hint} errors={errors} />
    </div>
  );
}

export function CheckboxField({ name, label, state, initial, hint }: Omit<Common, 'initial'> & { initial?: boolean }) {
  const id = `${useId()}${name}`;
  const errors = state.fieldErrors?.[name];
  const typed = typedValues(state);
  const checked = typed ? typed[name] === 'on' : Boolean(initial);
  return (
    <div className="field field--checkbox">
      <input id={id} name={name} type="checkbox" defaultChecked={checked} aria-describedby={describedBy(id, hint, errors)} />
      <label htmlFor={id}>{label}</label>
      <Described id={id} hint={hint} errors={errors} />
    </div>
  );
}

export function SubmitButton({ children, pendingText }: { children: React.ReactNode; pendingText?: string }) {
  const t = useTranslations('common');
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
      {pending ? (pendingText ?? t('fields.saving')) : children}
    </button>
  );
}

/** The form-level message: success, a summary of errors, or the conflict report. */
export function FormStatus({ state }: { state: ActionState }) {
  const t = useTranslations('common');
  if (state.status === 'idle' || !state.message) return null;
  const tone = state.status === 'ok' ? 'success' : state.status === 'conflict' ? 'warning' : 'error';
  const formErrors = state.fieldErrors?._form;
  return (
    <div className={`notice notice--${tone}`} role={state.status === 'ok' ? 'status' : 'alert'}>
      <p>
        <strong>{state.message}</strong>
      </p>
      {formErrors?.length ? <p>{formErrors.join(' ')}</p> : null}
      {state.conflict ? (
        <>
          <p>{t('fields.conflict', { version: state.conflict.currentVersion })}</p>
          <ul>
            {state.conflict.changes.map((c, i) => (
              <li key={i}>
                {c.when.slice(0, 16).replace('T', ' ')} UTC — {c.who}: {c.action}
                {c.details ? ` (${c.details})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
