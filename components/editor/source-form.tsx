'use client';

import { useActionState } from 'react';
import { saveSourceAction } from '@/app/(workspace)/editor/actions';
import { idleState } from '@/lib/action-state';
import { SOURCE_KINDS, SOURCE_KIND_LABELS } from '@/lib/domain';
import { FormStatus, SelectField, SubmitButton, TextArea, TextField } from '@/components/forms/fields';

export type SourceFormInitial = {
  id?: number;
  version?: number;
  slug?: string;
  title?: string;
  publisher?: string;
  publishedOn?: string;
  place?: string | null;
  url?: string | null;
  kind?: string;
  description?: string | null;
};

export function SourceForm({ initial }: { initial: SourceFormInitial }) {
  const [state, action] = useActionState(saveSourceAction, idleState);
  const expected = typeof state.values?.expectedVersion === 'string' ? state.values.expectedVersion : initial.version;
  return (
    <form key={state.nonce ?? 'initial'} action={action} className="form" noValidate aria-label={initial.id ? 'Edit source' : 'New source'}>
      <FormStatus state={state} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {expected !== undefined ? <input type="hidden" name="expectedVersion" value={expected} /> : null}
      <TextField name="title" label="Title" state={state} initial={initial.title} required />
      <TextField name="slug" label="Slug (address)" state={state} initial={initial.slug} required />
      <TextField name="publisher" label="Publisher" state={state} initial={initial.publisher} required />
      <TextField name="publishedOn" label="Published on" type="date" state={state} initial={initial.publishedOn} required />
      <TextField name="place" label="Place" state={state} initial={initial.place} />
      <TextField name="url" label="Address (URL)" type="url" state={state} initial={initial.url} />
      <SelectField name="kind" label="Kind" state={state} initial={initial.kind} required placeholder="Choose…" options={SOURCE_KINDS.map((k) => ({ value: k, label: SOURCE_KIND_LABELS[k] }))} />
      <TextArea name="description" label="Description" state={state} initial={initial.description} rows={3} />
      <div className="form__actions">
        <SubmitButton>{initial.id ? 'Save changes' : 'Create source'}</SubmitButton>
      </div>
    </form>
  );
}
