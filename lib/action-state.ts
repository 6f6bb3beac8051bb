import type { ActionState } from './server/editor-action';

/** The state a form starts in, before its first submission (safe to import in the browser). */
export const idleState: ActionState = { status: 'idle' };
