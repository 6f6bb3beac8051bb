'use client';

import { setWorkspaceLanguageAction } from '@/app/(workspace)/editor/actions';
import { FormStatus, SelectField, SubmitButton } from '@/components/forms/fields';
import { useEditorForm } from '@/components/forms/use-editor-form';

/** Picks the editor's own workspace language. The texts come from the page, in the current language. */
export function WorkspaceLanguageForm({
  current,
  options,
  label,
  submit,
  formLabel,
}: {
  current: string;
  options: { value: string; label: string }[];
  label: string;
  submit: string;
  formLabel: string;
}) {
  const { state, action, key } = useEditorForm(setWorkspaceLanguageAction);
  return (
    <form key={key} action={action} className="form" noValidate aria-label={formLabel}>
      <FormStatus state={state} />
      <SelectField name="locale" label={label} state={state} initial={current} options={options} required />
      <SubmitButton>{submit}</SubmitButton>
    </form>
  );
}
