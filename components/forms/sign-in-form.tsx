'use client';

import { useTranslations } from 'next-intl';
import { signInAction } from '@/app/(workspace)/sign-in/actions';
import { FormStatus, SubmitButton, TextField } from './fields';
import { useEditorForm } from './use-editor-form';

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('workspaceControls');
  const { state, action, key } = useEditorForm(signInAction);
  return (
    <form key={key} action={action} className="form form--narrow" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="next" value={next} />
      <TextField name="email" label={t('signIn.email')} type="email" autoComplete="username" state={state} required />
      <TextField name="password" label={t('signIn.password')} type="password" autoComplete="current-password" state={state} required />
      <div className="form__actions">
        <SubmitButton pendingText={t('signIn.pending')}>{t('signIn.submit')}</SubmitButton>
      </div>
    </form>
  );
}
