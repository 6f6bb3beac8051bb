'use client';

import { suggestUpdate } from '@/app/[locale]/(site)/commitments/[slug]/suggest-action';
import { CheckboxField, FileField, FormStatus, SubmitButton, TextArea, TextField } from '@/components/forms/fields';
import { useEditorForm } from '@/components/forms/use-editor-form';

export type SuggestLabels = {
  title: string;
  lede: string;
  body: string;
  bodyHint: string;
  link: string;
  file: string;
  name: string;
  email: string;
  consent: string;
  privacy: string;
  website: string;
  send: string;
  sending: string;
};

/**
 * The public "Suggest an update" form on a commitment's page. Its texts come from the page, in
 * the reader's language; the action answers in it too (the form sends `locale`). `website` is
 * the honeypot: off-screen, out of the tab order, hidden from assistive technology.
 */
export function SuggestForm({ commitmentId, locale, labels }: { commitmentId: number; locale: string; labels: SuggestLabels }) {
  const { state, action, key } = useEditorForm(suggestUpdate);
  return (
    <form key={key} action={action} className="form suggest-form" aria-labelledby="suggest-title" noValidate>
      <h2 id="suggest-title">{labels.title}</h2>
      <p className="small">{labels.lede}</p>
      <FormStatus state={state} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="locale" value={locale} />
      <TextArea name="body" label={labels.body} hint={labels.bodyHint} state={state} rows={5} maxLength={4000} />
      <TextField name="link" label={labels.link} type="url" state={state} maxLength={2000} inputMode="text" />
      <FileField name="file" label={labels.file} state={state} accept="application/pdf,image/png,image/jpeg,image/gif,image/webp" />
      <TextField name="name" label={labels.name} state={state} maxLength={120} autoComplete="name" />
      <TextField name="email" label={labels.email} type="email" state={state} maxLength={254} autoComplete="email" hint={labels.privacy} />
      <CheckboxField name="consent" label={labels.consent} state={state} />
      <div className="honeypot" aria-hidden="true">
        <label htmlFor={`website-${commitmentId}`}>{labels.website}</label>
        <input id={`website-${commitmentId}`} name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <div className="form__actions">
        <SubmitButton pendingText={labels.sending}>{labels.send}</SubmitButton>
      </div>
    </form>
  );
}
