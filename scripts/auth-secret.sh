# Sourced by the start scripts: makes sure AUTH_SECRET is set. Without one from the
# environment, a random secret is generated once and kept in data/ (ignored by git), so
# sessions survive restarts of the same installation.
if [ -z "${AUTH_SECRET:-}" ]; then
  mkdir -p data
  if [ ! -s data/auth-secret ]; then
    # Created under umask 077, so the file is never readable by others, not even for a moment.
    (umask 077 && node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64url'))" > data/auth-secret)
  fi
  AUTH_SECRET="$(cat data/auth-secret)"
fi
export AUTH_SECRET
export AUTH_TRUST_HOST="${AUTH_TRUST_HOST:-true}"
