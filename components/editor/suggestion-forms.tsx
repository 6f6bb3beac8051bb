'use client';

import { purgeSuggestionAction, rejectSuggestionAction } from '@/app/(workspace)/editor/actions';
import { FormStatus, SubmitButton, TextField } from '@/components/forms/fields';
import { useEditorForm } from '@/components/forms/use-editor-form';

/** Reject a suggestion, with the reason (required). */
export function RejectSuggestionForm({ id }: { id: number }) {
  const { state, action, key } = useEditorForm(rejectSuggestionAction);
  return (
    <form key={key} action={action} className="form form--narrow" aria-label={`Reject suggestion #${id}`} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="id" value={id} />
      <TextField
        name="reason"
        label="Reason for rejecting"
        state={state}
        maxLength={1000}
        hint="Kept with the suggestion, for the record (not published)."
      />
      <div className="form__actions">
        <SubmitButton pendingText="Rejecting…">Reject</SubmitButton>
      </div>
    </form>
  );
}

/** An admin erases the sender's name, email, address key and unpublished file. */
export function PurgeSuggestionForm({ id }: { id: number }) {
  const { state, action, key } = useEditorForm(purgeSuggestionAction);
  return (
    <form key={key} action={action} className="inline-form" aria-label={`Erase the personal data of suggestion #${id}`}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton pendingText="Erasing…">Erase personal data</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
