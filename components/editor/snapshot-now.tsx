'use client';

import { useTranslations } from 'next-intl';
import { snapshotNowAction } from '@/app/(workspace)/editor/actions';
import { FormStatus, SubmitButton } from '@/components/forms/fields';
import { useEditorForm } from '@/components/forms/use-editor-form';

export function SnapshotNowForm() {
  const t = useTranslations('workspaceControls');
  const { state, action, key } = useEditorForm(snapshotNowAction);
  return (
    <form key={key} action={action} className="form form--narrow" aria-label={t('snapshotNow.ariaLabel')}>
      <FormStatus state={state} />
      <div className="form__actions">
        <SubmitButton pendingText={t('snapshotNow.pending')}>{t('snapshotNow.button')}</SubmitButton>
      </div>
    </form>
  );
}
