'use server';

import { createHmac } from 'node:crypto';
import { submitSuggestion } from '@/db/mutations';
import { requestAddress } from '@/auth';
import { serverSecret } from '@/lib/env';
import { deriveKey } from '@/lib/totp';
import { suggestionSchema } from '@/lib/suggestions';
import { publicFormAction } from '@/lib/server/editor-action';
import { retryAfterWords } from '@/lib/rate-limit';

/** The sender's bucket: a keyed hash of the address a trusted proxy gave, never the address itself. */
async function addressKey(): Promise<string | null> {
  const address = await requestAddress();
  if (address === null) return null;
  return createHmac('sha256', deriveKey(serverSecret(), 'suggestion-address')).update(address).digest('base64url');
}

/** "Suggest an update" on a commitment's page: stored for the editors' queue, never published by itself. */
export const suggestUpdate = publicFormAction(
  {
    schema: suggestionSchema,
    errorsNamespace: 'suggest.errors',
    prepare: (values, files) => ({ ...values, file: files.file }),
  },
  async (input, { db, locale, say }) => {
    // The honeypot was filled: a robot. Answer as for a person, store nothing.
    if (input.website) return { message: say('thanks'), publicData: 'unchanged' };
    const outcome = await submitSuggestion(db, { input, addressKey: await addressKey(), locale });
    if (!outcome.stored) {
      const minutes = Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60));
      return {
        message: say(outcome.bucket === 'perAddress' ? 'tooManyFromYou' : 'tooMany', { minutes, wait: retryAfterWords(outcome.retryAfterSeconds) }),
        failed: true,
        publicData: 'unchanged',
      };
    }
    return { message: say('thanks'), publicData: 'unchanged' };
  },
);
