// Runs once when a server instance starts. If the database has no user at all, create
// the first admin with a random password and print it once: there is no default password.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { ensureFirstAdmin } = await import('./scripts/first-admin');
  try {
    await ensureFirstAdmin({ log: (line) => console.log(line) });
  } catch (error) {
    console.error('Could not check for the first admin account:', error);
  }
}
