'use client';

import { useActionState } from 'react';
import { idleState, typedValues } from '@/lib/action-state';
import type { ActionResult, ActionState } from '@/lib/server/editor-action';

/** A server action as a form calls it through useActionState (editorAction makes them). */
export type FormAction<R extends ActionResult> = (previous: ActionState<R>, formData: FormData) => Promise<ActionState<R>>;

export type EditorForm<R extends ActionResult, Version extends string | undefined> = {
  state: ActionState<R>;
  /** For the form's action attribute. */
  action: (formData: FormData) => void;
  /** For the form's key: a new one on every response, so the form remounts with what the
   * server handed back (typed values after a refusal, empty after a success; selects too). */
  key: string;
  /**
   * The version the form must send as expectedVersion: the one a success hands back, else the
   * one the last answer's values carry (after a conflict the current one: the form keeps the
   * input and saving again applies it on top), else the one the page was drawn with.
   * Undefined for something new, which has no version yet.
   */
  expectedVersion: Version;
  /** What was typed in a field, after a refusal; undefined otherwise, or when it was not one value. */
  typed: (name: string) => string | undefined;
  /** What was typed in a repeated field (named `name[]` in the form, `name` here), after a refusal; undefined otherwise. */
  typedList: (name: string) => string[] | undefined;
};

function versionOf(result: ActionResult | undefined): string | undefined {
  return result?.version;
}

/**
 * The state of one editor form and what every form derives from it: its key, the version it
 * sends, and what was typed before a refusal. `version` is the version of what the form edits
 * as the page read it (none for something new).
 */
export function useEditorForm<R extends ActionResult>(serverAction: FormAction<R>, options: { version: number }): EditorForm<R, string>;
export function useEditorForm<R extends ActionResult>(serverAction: FormAction<R>, options?: { version?: number }): EditorForm<R, string | undefined>;
export function useEditorForm<R extends ActionResult>(
  serverAction: FormAction<R>,
  options: { version?: number } = {},
): EditorForm<R, string | undefined> {
  const [state, action] = useActionState(serverAction, idleState);
  const typed = typedValues(state);
  const sent = state.values?.expectedVersion;
  return {
    state,
    action,
    key: state.nonce ?? 'initial',
    expectedVersion:
      versionOf(state.result) ?? (typeof sent === 'string' ? sent : options.version === undefined ? undefined : String(options.version)),
    typed: (name) => {
      const value = typed?.[name];
      return typeof value === 'string' ? value : undefined;
    },
    typedList: (name) => {
      const value = typed?.[name];
      return value === undefined ? undefined : Array.isArray(value) ? value : [value];
    },
  };
}
