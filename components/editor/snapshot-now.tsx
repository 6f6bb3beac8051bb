'use client';

import { snapshotNowAction } from '@/app/(workspace)/editor/actions';
import { FormStatus, SubmitButton } from '@/components/forms/fields';
import { useEditorForm } from '@/components/forms/use-editor-form';

export function SnapshotNowForm() {
  const { state, action, key } = useEditorForm(snapshotNowAction);
  return (
    <form key={key} action={action} className="form form--narrow" aria-label="Take a snapshot now">
      <FormStatus state={state} />
      <div className="form__actions">
        <SubmitButton pendingText="Making the PDF…">Take a snapshot now</SubmitButton>
      </div>
    </form>
  );
}
