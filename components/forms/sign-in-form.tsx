'use client';

import { useActionState } from 'react';
import { signInAction } from '@/app/(workspace)/sign-in/actions';
import { idleState } from '@/lib/action-state';
import { FormStatus, SubmitButton, TextField } from './fields';

export function SignInForm({ next }: { next: string }) {
  const [state, action] = useActionState(signInAction, idleState);
  return (
    <form key={state.nonce ?? 'initial'} action={action} className="form form--narrow" noValidate>
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
