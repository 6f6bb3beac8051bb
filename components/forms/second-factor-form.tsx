'use client';

import { useTranslations } from 'next-intl';
import { verifySecondFactorAction } from '@/app/(workspace)/sign-in/actions';
import { FormStatus, SubmitButton, TextField } from './fields';
import { useEditorForm } from './use-editor-form';

/** The second step of signing in: a code from the app, or a recovery code. */
export function SecondFactorForm({ next }: { next: string }) {
  const t = useTranslations('workspaceControls');
  const { state, action, key } = useEditorForm(verifySecondFactorAction);
  return (
    <form key={key} action={action} className="form form--narrow" noValidate aria-label={t('secondFactorStep.ariaLabel')}>
      <FormStatus state={state} />
      <input type="hidden" name="next" value={next} />
      <TextField
        name="code"
        label={t('secondFactorStep.code')}
        autoComplete="one-time-code"
        inputMode="text"
        maxLength={40}
        state={state}
        required
        hint={t('secondFactorStep.hint')}
      />
      <div className="form__actions">
        <SubmitButton pendingText={t('secondFactorStep.pending')}>{t('secondFactorStep.submit')}</SubmitButton>
      </div>
    </form>
  );
}
