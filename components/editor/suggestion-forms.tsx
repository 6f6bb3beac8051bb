'use client';

import { useTranslations } from 'next-intl';
import { purgeSuggestionAction, rejectSuggestionAction } from '@/app/(workspace)/editor/actions';
import { FormStatus, SubmitButton, TextField } from '@/components/forms/fields';
import { useEditorForm } from '@/components/forms/use-editor-form';

/** Reject a suggestion, with the reason (required). */
export function RejectSuggestionForm({ id }: { id: number }) {
  const t = useTranslations('workspaceControls');
  const { state, action, key } = useEditorForm(rejectSuggestionAction);
  return (
    <form key={key} action={action} className="form form--narrow" aria-label={t('suggestions.rejectLabel', { id })} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="id" value={id} />
      <TextField name="reason" label={t('suggestions.reason')} state={state} maxLength={1000} hint={t('suggestions.reasonHint')} />
      <div className="form__actions">
        <SubmitButton pendingText={t('suggestions.rejecting')}>{t('suggestions.reject')}</SubmitButton>
      </div>
    </form>
  );
}

/** An admin erases the sender's name, email, address key and unpublished file. */
export function PurgeSuggestionForm({ id }: { id: number }) {
  const t = useTranslations('workspaceControls');
  const { state, action, key } = useEditorForm(purgeSuggestionAction);
  return (
    <form key={key} action={action} className="inline-form" aria-label={t('suggestions.purgeLabel', { id })}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton pendingText={t('suggestions.erasing')}>{t('suggestions.erase')}</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
