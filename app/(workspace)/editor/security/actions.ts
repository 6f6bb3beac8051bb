'use server';

import { z } from 'zod';
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
import { deriveKey, newRecoveryCodes, newTotpSecret, recoveryCodeDigest, seal, unseal, verifyTotp } from '@/lib/totp';
import { totpCodeSchema } from '@/lib/validation';
import { editorAction } from '@/lib/server/editor-action';
import { secondFactorRequired } from '@/lib/server/access';

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

function freshRecoveryCodes() {
  const codes = newRecoveryCodes();
  return { codes, digests: codes.map((c) => recoveryCodeDigest(c, recoveryKey())) };
}

export const startSecondFactorSetupAction = editorAction({ schema: z.object({}), step: 'second-factor-setup' }, async (_input, { db, actor }) => {
  await startSecondFactorSetup(db, { userId: actor.id, sealedSecret: seal(newTotpSecret(), totpKey()) });
  // The page draws the new secret's QR code.
  return { message: 'Scan the code with your authenticator app.', redirectTo: '/editor/security', publicData: 'unchanged' };
});

export const confirmSecondFactorAction = editorAction(
  { schema: totpCodeSchema, step: 'second-factor-setup' },
  async (input, { db, actor, sessionId }) => {
    const pending = await secretOf(actor.id);
    if (!pending || pending.enabledAt) throw new InputError({ code: ['Start the set-up first: there is no new secret to confirm.'] });
    const step = verifyTotp(pending.secret, input.code, new Date(), null);
    if (step === null)
      throw new InputError({ code: ['That code does not match. Check the app shows “Commitments Tracker” and enter the digits it shows now.'] });
    const { codes, digests } = freshRecoveryCodes();
    await confirmSecondFactor(db, { userId: actor.id, sealedSecret: pending.sealedSecret!, step, recoveryDigests: digests, sessionId, actor });
    return {
      message:
        'Second factor on. Keep these recovery codes somewhere safe, away from your phone: each signs you in once if you lose the app. They are shown only now.',
      result: { recoveryCodes: codes.join('\n') },
      publicData: 'unchanged',
    };
  },
);

/** A fresh code from the app proves it is the owner asking (a stolen session alone is not enough). */
async function requireFreshCode(userId: number, code: string, sessionId: string, db: Parameters<typeof spendSecondFactorStep>[0]) {
  const factor = await secretOf(userId);
  if (!factor?.enabledAt) throw new InputError({ code: ['You have no second factor set up.'] });
  const step = verifyTotp(factor.secret, code, new Date(), factor.lastStep);
  if (step === null || !(await spendSecondFactorStep(db, { userId, step, sessionId }))) {
    throw new InputError({ code: ['That code is not right, or was already used. Enter the code your app shows now.'] });
  }
}

export const replaceRecoveryCodesAction = editorAction({ schema: totpCodeSchema }, async (input, { db, actor, sessionId }) => {
  await requireFreshCode(actor.id, input.code, sessionId, db);
  const { codes, digests } = freshRecoveryCodes();
  await replaceRecoveryCodes(db, { userId: actor.id, recoveryDigests: digests, actor });
  return {
    message: 'New recovery codes; the old ones no longer work. They are shown only now.',
    result: { recoveryCodes: codes.join('\n') },
    publicData: 'unchanged',
  };
});

export const turnOffSecondFactorAction = editorAction({ schema: totpCodeSchema }, async (input, { db, actor, role, sessionId }) => {
  if (secondFactorRequired(role)) throw new InputError({ code: ['Your role requires a second factor; it cannot be turned off.'] });
  await requireFreshCode(actor.id, input.code, sessionId, db);
  await removeSecondFactor(db, { userId: actor.id, actor, keepSession: sessionId });
  return { message: 'Second factor turned off.', redirectTo: '/editor/security?turned-off=1', publicData: 'unchanged' };
});
