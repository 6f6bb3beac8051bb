'use server';

import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { getSecondFactor } from '@/db/queries';
import {
  confirmSecondFactor,
  InputError,
  removeSecondFactor,
  replaceRecoveryCodes,
  startSecondFactorSetup,
  spendSecondFactorStep,
} from '@/db/mutations';
import { serverSecret } from '@/lib/env';
import { deriveKey, ISSUER, newRecoveryCodes, newTotpSecret, recoveryCodeDigest, seal, unseal, verifyTotp } from '@/lib/totp';
import { totpCodeSchema } from '@/lib/validation';
import { editorAction } from '@/lib/server/editor-action';
import { secondFactorRequired } from '@/lib/server/access';
import type { Locale } from '@/i18n/routing';

// Setting up, renewing and turning off one's own second factor (docs/security.md). The set-up
// actions serve users who owe a set-up as well as everyone else; codes are never echoed back.

const totpKey = () => deriveKey(serverSecret(), 'totp');
const recoveryKey = () => deriveKey(serverSecret(), 'recovery-codes');

/** The user's secret, opened; null when none is stored or it was sealed with another server secret. */
async function secretOf(userId: number) {
  const factor = await getSecondFactor({ userId });
  const secret = factor?.sealedSecret ? unseal(factor.sealedSecret, totpKey()) : null;
  return factor && secret ? { ...factor, secret } : null;
}

/** The messages of this file, in the acting editor's language. */
const say = (locale: Locale) => getTranslations({ locale, namespace: 'workspaceAdmin.security.actions' });

function freshRecoveryCodes() {
  const codes = newRecoveryCodes();
  return { codes, digests: codes.map((c) => recoveryCodeDigest(c, recoveryKey())) };
}

export const startSecondFactorSetupAction = editorAction(
  { schema: z.object({}), step: 'second-factor-setup' },
  async (_input, { db, actor, locale }) => {
    const t = await say(locale);
    await startSecondFactorSetup(db, { userId: actor.id, sealedSecret: seal(newTotpSecret(), totpKey()) });
    // The page draws the new secret's QR code.
    return { message: t('scan'), redirectTo: '/editor/security', publicData: 'unchanged' };
  },
);

export const confirmSecondFactorAction = editorAction(
  { schema: totpCodeSchema, step: 'second-factor-setup' },
  async (input, { db, actor, sessionId, locale }) => {
    const t = await say(locale);
    const pending = await secretOf(actor.id);
    if (!pending || pending.enabledAt) throw new InputError({ code: [t('startFirst')] });
    const step = verifyTotp(pending.secret, input.code, new Date(), null);
    if (step === null) throw new InputError({ code: [t('noMatch', { issuer: ISSUER })] });
    const { codes, digests } = freshRecoveryCodes();
    await confirmSecondFactor(db, { userId: actor.id, sealedSecret: pending.sealedSecret!, step, recoveryDigests: digests, sessionId, actor });
    return {
      message: t('enabled'),
      result: { recoveryCodes: codes.join('\n') },
      publicData: 'unchanged',
    };
  },
);

/** A fresh code from the app proves it is the owner asking (a stolen session alone is not enough). */
async function requireFreshCode(
  userId: number,
  code: string,
  sessionId: string,
  db: Parameters<typeof spendSecondFactorStep>[0],
  t: Awaited<ReturnType<typeof say>>,
) {
  const factor = await secretOf(userId);
  if (!factor?.enabledAt) throw new InputError({ code: [t('noFactor')] });
  const step = verifyTotp(factor.secret, code, new Date(), factor.lastStep);
  if (step === null || !(await spendSecondFactorStep(db, { userId, step, sessionId }))) {
    throw new InputError({ code: [t('wrongCode')] });
  }
}

export const replaceRecoveryCodesAction = editorAction({ schema: totpCodeSchema }, async (input, { db, actor, sessionId, locale }) => {
  const t = await say(locale);
  await requireFreshCode(actor.id, input.code, sessionId, db, t);
  const { codes, digests } = freshRecoveryCodes();
  await replaceRecoveryCodes(db, { userId: actor.id, recoveryDigests: digests, actor });
  return {
    message: t('newCodes'),
    result: { recoveryCodes: codes.join('\n') },
    publicData: 'unchanged',
  };
});

export const turnOffSecondFactorAction = editorAction({ schema: totpCodeSchema }, async (input, { db, actor, role, sessionId, locale }) => {
  const t = await say(locale);
  if (secondFactorRequired(role)) throw new InputError({ code: [t('required')] });
  await requireFreshCode(actor.id, input.code, sessionId, db, t);
  await removeSecondFactor(db, { userId: actor.id, actor, keepSession: sessionId });
  return { message: t('turnedOff'), redirectTo: '/editor/security?turned-off=1', publicData: 'unchanged' };
});
