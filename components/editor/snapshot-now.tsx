'use client';

import { useActionState } from 'react';
import { snapshotNowAction } from '@/app/(workspace)/editor/actions';
import { idleState } from '@/lib/action-state';
import { FormStatus, SubmitButton } from '@/components/forms/fields';

export function SnapshotNowForm() {
  const [state, action] = useActionState(snapshotNowAction, idleState);
  return (
    <form key={state.nonce ?? 'initial'} action={action} className="form form--narrow" aria-label="Take a snapshot now">
      <FormStatus state={state} />
      <div className="form__actions">
        <SubmitButton pendingText="Making the PDF…">Take a snapshot now</SubmitButton>
      </div>
    </form>
  );
}
