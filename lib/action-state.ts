import type { ActionState } from './server/editor-action';

/** The state a form starts in, before its first submission (safe to import in the browser). */
export const idleState: ActionState<never> = { status: 'idle' };

/** What the user typed, as the server handed it back after a refusal or a conflict; nothing after a success (the form starts afresh). */
export function typedValues(state: ActionState): Record<string, string | string[]> | undefined {
  return state.status !== 'ok' ? state.values : undefined;
}
