'use server';

import { randomUUID } from 'node:crypto';
import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/auth';
import { signInSchema } from '@/lib/validation';
import { NOT_A_FORM, type ActionState } from '@/lib/server/editor-action';

/** Only our own workspace paths are allowed as a destination after sign-in. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/editor(\/[\w\-/]*)?$/.test(next) ? next : '/editor';
}

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return { ...NOT_A_FORM, nonce: randomUUID() };
  return { ...(await attemptSignIn(formData)), nonce: randomUUID() };
}

async function attemptSignIn(formData: FormData): Promise<ActionState> {
  const email = String(formData.get('email') ?? '');
  const values = { email, next: String(formData.get('next') ?? '') };
  const parsed = signInSchema.safeParse({ email, password: formData.get('password') ?? '' });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { status: 'error', message: 'Please correct the highlighted fields.', fieldErrors, values };
  }
  try {
    await signIn('credentials', { ...parsed.data, redirectTo: safeNext(formData.get('next')) });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return {
        status: 'error',
        message:
          code === 'rate_limited'
            ? 'Too many sign-in attempts. Wait 15 minutes, then try again.'
            : 'Wrong email or password.',
        values,
      };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { status: 'ok', message: 'Signed in.' };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/sign-in?signed-out=1' });
}
