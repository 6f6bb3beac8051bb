import readline from 'node:readline';
import { z } from 'zod';
import { closeDb, getDb } from '../db/client';
import { createUser, InputError } from '../db/mutations';
import { hashPassword, passwordProblems } from '../lib/password';
import { weakPasswordProblem } from '../lib/password-strength';
import { emailSchema } from '../lib/validation';
import { ROLES } from '../lib/domain';
import { parseCli } from './cli';

// npm run user:create -- --email ana@example.org --role editor [--name "Ana K."]
// The password comes from the USER_PASSWORD variable or a hidden prompt, never from an
// argument, so it does not end up in the shell history or the process list.

const USAGE = `Usage: npm run user:create -- --email EMAIL --role ROLE [--name NAME]
       npx tsx scripts/create-user.ts --email EMAIL --role ROLE [--name NAME]

Creates a workspace account (an editor or an admin). The password is read from
USER_PASSWORD or asked for twice at a hidden prompt, never taken as an argument (it would
end up in the shell history and the process list); it must pass the app's length and
strength rules. The account keeps this password (no change is asked at first sign-in).

Options:
  --email EMAIL  the account's email address (required)
  --role ROLE    one of: ${ROLES.join(', ')} (required)
  --name NAME    the name shown in the workspace (default: the part of the email before @)
  -h, --help     show this help

Environment:
  USER_PASSWORD        the password, instead of the prompt (needed when not in a terminal)
  DATABASE_URL         database to add the account to (default file:./data/tracker.db)
  DATABASE_AUTH_TOKEN  token for Turso or an authenticated libSQL server

Example:
  npm run user:create -- --email ana@example.org --role editor --name "Ana K."`;

const argsSchema = z.object({
  email: emailSchema,
  role: z.enum(ROLES, { error: `--role must be one of: ${ROLES.join(', ')}` }),
  name: z.string().trim().min(1).max(120).optional(),
});

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    // Echo nothing while the password is typed (readline has no option for this).
    output._writeToOutput = (s: string) => {
      if (s.includes(question)) output.output.write(s);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function main() {
  const { values } = parseCli({
    name: 'create-user',
    usage: USAGE,
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    throw new InputError({}, parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  let password = process.env.USER_PASSWORD;
  if (!password) {
    if (!process.stdin.isTTY) throw new InputError({}, 'Set USER_PASSWORD or run in a terminal to be asked for the password.');
    password = await askHidden('Password (not shown): ');
    const again = await askHidden('Password again: ');
    if (password !== again) throw new InputError({}, 'The two passwords differ.');
  }
  const { email, role, name } = parsed.data;
  const problems = passwordProblems(password);
  const weak = problems.length === 0 ? await weakPasswordProblem(password, [email, name ?? '']) : null;
  if (weak) problems.push(weak);
  if (problems.length) throw new InputError({}, problems.join(' '));
  await createUser(await getDb(), {
    email,
    role,
    name: name ?? email.split('@')[0]!,
    passwordHash: await hashPassword(password),
    mustChangePassword: false,
    actor: null,
  });
  console.log(`Created ${role} ${email}.`);
}

main()
  .catch((error: unknown) => {
    if (error instanceof InputError) {
      const fields = Object.values(error.fieldErrors).flat();
      console.error(`Not created: ${[error.message, ...fields].join(' ')}`);
    } else console.error(error);
    process.exitCode = 1;
  })
  .finally(closeDb);
