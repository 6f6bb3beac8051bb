'use client';

import { useTranslations } from 'next-intl';
import { recheckArchiveAction } from '@/app/(workspace)/editor/actions';
import { FormStatus, SubmitButton } from '@/components/forms/fields';
import { useEditorForm } from '@/components/forms/use-editor-form';

/** "Check again now" for one archived address; the outcome is said beside the button. */
export function RecheckArchiveForm({ id, url }: { id: number; url: string }) {
  const t = useTranslations('workspaceControls');
  const { state, action, key } = useEditorForm(recheckArchiveAction);
  return (
    <form key={key} action={action} className="inline-form" aria-label={t('recheckArchive.ariaLabel', { url })}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton pendingText={t('recheckArchive.pending')}>{t('recheckArchive.button')}</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
