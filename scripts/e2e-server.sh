#!/usr/bin/env bash
# Starts the app for the end-to-end suite: a fresh database with the seed, a production
# build against it (pages are prerendered from the data), then `next start`.
set -euo pipefail
# Options first, before anything is installed or started.
for arg in "$@"; do
  case "$arg" in
    -h | --help)
      cat <<'USAGE'
Usage: bash scripts/e2e-server.sh [--help]

Starts the app as the browser tests use it: a fresh database with the seed, a production
build against it, then next start. Playwright starts it by itself (playwright.config.ts).

Environment: DATABASE_URL (default file:./data/e2e.db), NEXT_DIST_DIR (default .next-e2e),
E2E_PORT (default 3210).

Example: E2E_PORT=3210 bash scripts/e2e-server.sh
USAGE
      exit 0
      ;;
    *)
      echo "e2e-server.sh: unknown option $arg. Run with --help for usage." >&2
      exit 2
      ;;
  esac
done
cd "$(dirname "$0")/.."
# shellcheck source=scripts/auth-secret.sh
source scripts/auth-secret.sh
: "${DATABASE_URL:=file:./data/e2e.db}"
: "${NEXT_DIST_DIR:=.next-e2e}"
: "${E2E_PORT:=3210}"
export DATABASE_URL NEXT_DIST_DIR NEXT_TELEMETRY_DISABLED=1
db_file="${DATABASE_URL#file:}"
rm -f "$db_file" "$db_file-wal" "$db_file-shm" data/e2e-totp.json
npx tsx scripts/migrate.ts
# The speech alone (the seed's first layer): the browser tests enter later outcomes through
# the workspace themselves, as editors would (e2e/outcomes.spec.ts).
npx tsx scripts/seed.ts --until 2023-09-14
# Known accounts for the browser tests (test-only passwords, on a throwaway database).
USER_PASSWORD='admin-password-for-e2e' npx tsx scripts/create-user.ts --email admin@example.org --role admin --name 'Test Admin'
USER_PASSWORD='editor-password-for-e2e' npx tsx scripts/create-user.ts --email editor@example.org --role editor --name 'Test Editor'
USER_PASSWORD='throttled-password-for-e2e' npx tsx scripts/create-user.ts --email throttled@example.org --role editor --name 'Throttled Editor'
npx next build
exec npx next start -H 127.0.0.1 -p "$E2E_PORT"
