'use client';

import { signInAction } from '@/app/(workspace)/sign-in/actions';
import { FormStatus, SubmitButton, TextField } from './fields';
import { useEditorForm } from './use-editor-form';

export function SignInForm({ next }: { next: string }) {
  const { state, action, key } = useEditorForm(signInAction);
  return (
    <form key={key} action={action} className="form form--narrow" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="next" value={next} />
      <TextField name="email" label="Email" type="email" autoComplete="username" state={state} required />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" state={state} required />
      <div className="form__actions">
        <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
      </div>
    </form>
  );
}
