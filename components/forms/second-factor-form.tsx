'use client';

import { verifySecondFactorAction } from '@/app/(workspace)/sign-in/actions';
import { FormStatus, SubmitButton, TextField } from './fields';
import { useEditorForm } from './use-editor-form';

/** The second step of signing in: a code from the app, or a recovery code. */
export function SecondFactorForm({ next }: { next: string }) {
  const { state, action, key } = useEditorForm(verifySecondFactorAction);
  return (
    <form key={key} action={action} className="form form--narrow" noValidate aria-label="Second factor">
      <FormStatus state={state} />
      <input type="hidden" name="next" value={next} />
      <TextField
        name="code"
        label="Code"
        autoComplete="one-time-code"
        inputMode="text"
        maxLength={40}
        state={state}
        required
        hint="The six digits your authenticator app shows now, or one of your recovery codes if you no longer have the app."
      />
      <div className="form__actions">
        <SubmitButton pendingText="Checking…">Continue</SubmitButton>
      </div>
    </form>
  );
}
