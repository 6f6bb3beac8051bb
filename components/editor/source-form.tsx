'use client';

import { useRef } from 'react';
import { saveSourceAction } from '@/app/(workspace)/editor/actions';
import { SOURCE_KINDS, SOURCE_KIND_LABELS } from '@/lib/domain';
import { FormStatus, SelectField, SubmitButton, TextArea, TextField } from '@/components/forms/fields';
import { useEditorForm } from '@/components/forms/use-editor-form';
import { slugify } from '@/lib/slug';

export type SourceFormInitial = {
  id?: number;
  version?: number;
  slug?: string;
  title?: string;
  publisher?: string | null;
  publishedOn?: string;
  place?: string | null;
  url?: string | null;
  kind?: string;
  description?: string | null;
};

export function SourceForm({ initial }: { initial: SourceFormInitial }) {
  const { state, action, key, expectedVersion: expected, typed } = useEditorForm(saveSourceAction, { version: initial.version });
  // The slug follows the title until the editor types a slug of their own (or the source exists).
  const slugTouched = useRef(Boolean(initial.slug) || typed('slug') !== undefined);
  const followTitle = (event: React.FormEvent<HTMLFormElement>) => {
    const input = event.target as HTMLInputElement;
    const slug = event.currentTarget.elements.namedItem('slug');
    if (input.name === 'slug') slugTouched.current = input.value.trim() !== '';
    else if (input.name === 'title' && !slugTouched.current && slug instanceof HTMLInputElement) slug.value = slugify(input.value);
  };
  return (
    <form key={key} action={action} onInput={followTitle} className="form" noValidate aria-label={initial.id ? 'Edit source' : 'New source'}>
      <FormStatus state={state} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {expected !== undefined ? <input type="hidden" name="expectedVersion" value={expected} /> : null}
      <TextField name="title" label="Title" state={state} initial={initial.title} required />
      <TextField
        name="slug"
        label="Slug (address)"
        state={state}
        initial={initial.slug}
        required
        hint="Filled in from the title; edit it if you like. Lower-case letters, digits and hyphens."
      />
      <TextField
        name="publisher"
        label="Publisher"
        state={state}
        initial={initial.publisher}
        hint="The outlet or body that published it. Leave empty if the page does not say: it is shown as “publisher not recorded”."
      />
      <TextField name="publishedOn" label="Published on" type="date" state={state} initial={initial.publishedOn} required />
      <TextField name="place" label="Place" state={state} initial={initial.place} />
      <TextField name="url" label="Address (URL)" type="url" state={state} initial={initial.url} />
      <SelectField
        name="kind"
        label="Kind"
        state={state}
        initial={initial.kind}
        required
        placeholder="Choose…"
        options={SOURCE_KINDS.map((k) => ({ value: k, label: SOURCE_KIND_LABELS[k] }))}
      />
      <TextArea name="description" label="Description" state={state} initial={initial.description} rows={3} />
      <div className="form__actions">
        <SubmitButton>{initial.id ? 'Save changes' : 'Create source'}</SubmitButton>
      </div>
    </form>
  );
}
