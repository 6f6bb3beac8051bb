'use server';

import { randomUUID } from 'node:crypto';
import { AuthError } from 'next-auth';
import { getTranslations } from 'next-intl/server';
import { currentSession, signIn, signOut } from '@/auth';
import { getDb } from '@/db/client';
import { getSecondFactor, getUserById } from '@/db/queries';
import { claimSignInAttempt, endSessions, settleSignInAttempt, spendRecoveryCode, spendSecondFactorStep } from '@/db/mutations';
import { serverSecret } from '@/lib/env';
import { SIGN_IN_LIMITS } from '@/lib/rate-limit';
import { deriveKey, recoveryCodeDigest, sameDigest, unseal, verifyTotp } from '@/lib/totp';
import { secondFactorSchema, signInSchema } from '@/lib/validation';
import { editorAction, NOT_A_FORM, type ActionState } from '@/lib/server/editor-action';
import { workspaceLocale } from '@/lib/server/workspace-i18n';
import { inLocale } from '@/lib/server-text';

/** Only our own workspace paths are allowed as a destination after sign-in. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/editor(\/[\w\-/]*)?$/.test(next) ? next : '/editor';
}

export async function signInAction(_previous: ActionState<never>, formData: FormData): Promise<ActionState<never>> {
  if (!(formData instanceof FormData)) return { ...NOT_A_FORM, nonce: randomUUID() };
  return { ...(await attemptSignIn(formData)), nonce: randomUUID() };
}

/** The message keys (signIn.actions) of the refusals Auth.js reports by code. */
const SIGN_IN_REFUSALS: Record<string, 'rateLimited' | 'expired'> = {
  rate_limited: 'rateLimited',
  one_time_password_expired: 'expired',
};

async function attemptSignIn(formData: FormData): Promise<ActionState<never>> {
  const locale = await workspaceLocale();
  const t = await getTranslations({ locale, namespace: 'workspaceAdmin.signIn.actions' });
  const email = String(formData.get('email') ?? '');
  const values = { email, next: String(formData.get('next') ?? '') };
  const parsed = inLocale(locale, () => signInSchema.safeParse({ email, password: formData.get('password') ?? '' }));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { status: 'error', message: t('correct'), fieldErrors, values };
  }
  try {
    await signIn('credentials', { ...parsed.data, redirectTo: safeNext(formData.get('next')) });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code ?? '';
      const refusal = SIGN_IN_REFUSALS[code];
      const message = refusal ? t(refusal, { minutes: SIGN_IN_LIMITS.perAccount.windowMinutes }) : t('wrong');
      return { status: 'error', message, values };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { status: 'ok', message: t('signedIn') };
}

/** Signing out ends every session of the user, copies of this cookie included, then clears it. */
export async function signOutAction(): Promise<void> {
  const live = await currentSession();
  if (live) await endSessions(await getDb(), { userId: live.user.id, actor: { id: live.user.id, name: live.user.name } });
  await signOut({ redirectTo: '/sign-in?signed-out=1' });
}

/**
 * The second step of signing in: a code from the authenticator app, or a recovery code. Wrong
 * codes are throttled per account like passwords; a code is accepted once.
 */
export const verifySecondFactorAction = editorAction(
  { schema: secondFactorSchema, step: 'second-factor' },
  async (input, { db, actor, sessionId, locale }) => {
    const t = await getTranslations({ locale, namespace: 'workspaceAdmin.signIn.actions' });
    const factor = await getSecondFactor({ userId: actor.id });
    const secret = factor?.sealedSecret ? unseal(factor.sealedSecret, deriveKey(serverSecret(), 'totp')) : null;
    if (!factor?.enabledAt || secret === null) {
      return {
        message: t('unreadable'),
        failed: true,
        publicData: 'unchanged',
      };
    }
    const me = await getUserById({ id: actor.id });
    const claim = await claimSignInAttempt(db, {
      email: me?.email ?? String(actor.id),
      address: null,
      device: null,
      kind: 'second-factor',
      buckets: [['second-factor', SIGN_IN_LIMITS.secondFactor]],
    });
    if (!claim.allowed) {
      return {
        message: t('tooManyCodes', { minutes: SIGN_IN_LIMITS.secondFactor.windowMinutes }),
        failed: true,
        publicData: 'unchanged',
      };
    }
    const step = verifyTotp(secret, input.code, new Date(), factor.lastStep);
    let accepted = step !== null && (await spendSecondFactorStep(db, { userId: actor.id, step, sessionId }));
    let left: number | null = null;
    if (!accepted && !/^\d{6}$/.test(input.code.replace(/\s+/g, ''))) {
      const key = deriveKey(serverSecret(), 'recovery-codes');
      const digest = recoveryCodeDigest(input.code, key);
      const result = await spendRecoveryCode(db, { userId: actor.id, matches: (d) => sameDigest(d, digest), sessionId, actor });
      accepted = result.used;
      left = result.left;
    }
    if (!accepted) return { message: t('wrongCode'), failed: true, publicData: 'unchanged' };
    await settleSignInAttempt(db, { attemptId: claim.attemptId });
    // After a recovery code, the security page says how many are left and offers new ones.
    return {
      message: t('signedIn'),
      redirectTo: left !== null ? `/editor/security?recovery-codes-left=${left}` : safeNext(input.next),
      publicData: 'unchanged',
    };
  },
);
