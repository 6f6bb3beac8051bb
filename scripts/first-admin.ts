import { getDb } from '../db/client';
import { countUsers } from '../db/queries';
import { createUser, InputError } from '../db/mutations';
import { generatePassword, hashPassword } from '../lib/password';
import { env } from '../lib/env';

/**
 * Creates the first admin when no user exists. Two instances starting together are safe:
 * the email is unique, so one insert wins and the other finds the account already there.
 */
export async function ensureFirstAdmin({ log }: { log: (line: string) => void }): Promise<boolean> {
  if ((await countUsers()) > 0) return false;
  const email = (process.env.FIRST_ADMIN_EMAIL ?? 'admin@example.org').trim().toLowerCase();
  const password = generatePassword(20);
  const hours = env().ONE_TIME_PASSWORD_TTL_HOURS;
  const expiresAt = new Date(Date.now() + hours * 3_600_000).toISOString();
  try {
    await createUser(await getDb(), {
      email,
      name: 'Administrator',
      role: 'admin',
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
      passwordExpiresAt: expiresAt,
      actor: null,
    });
  } catch (error) {
    if (error instanceof InputError) return false;
    throw error;
  }
  log('');
  log('  ┌──────────────────────────────────────────────────────────────┐');
  log('  │ First admin account created. This password is shown ONCE.    │');
  log(`  │ Email:    ${email.padEnd(51)}│`);
  log(`  │ Password: ${password.padEnd(51)}│`);
  log(`  │ Valid until ${`${expiresAt.slice(0, 16).replace('T', ' ')} UTC (${hours} h).`.padEnd(49)}│`);
  log('  │ Sign in at /sign-in; you will be asked to choose a new one,  │');
  log('  │ then to set up a second factor (an authenticator app).       │');
  log('  └──────────────────────────────────────────────────────────────┘');
  log('');
  return true;
}
