#!/usr/bin/env bash
# Quick start: install, prepare the embedded database with the seed (only if empty),
# build and serve the dashboard on http://localhost:3000.
set -euo pipefail
# Options first, before anything is installed or started.
for arg in "$@"; do
  case "$arg" in
    -h | --help)
      cat <<'USAGE'
Usage: bash scripts/demo.sh [--help]   (or: npm run demo)

Installs the npm packages (npm ci), prepares the embedded database with the seeded data
(only if it holds no commitments), builds, and serves the dashboard.

Environment: PORT (default 3000), SITE_URL (default http://localhost:$PORT),
DATABASE_URL (default file:./data/tracker.db), AUTH_SECRET (generated into data/ if unset).

Example: PORT=4000 npm run demo
USAGE
      exit 0
      ;;
    *)
      echo "demo.sh: unknown option $arg. Run with --help for usage." >&2
      exit 2
      ;;
  esac
done
cd "$(dirname "$0")/.."
# shellcheck source=scripts/node-lts.sh
source scripts/node-lts.sh
# shellcheck source=scripts/auth-secret.sh
source scripts/auth-secret.sh
export NEXT_TELEMETRY_DISABLED=1
# Absolute links (API, feeds, page metadata) follow the port this demo serves on, unless
# SITE_URL says otherwise; the build bakes them into prerendered pages, so set both first.
export PORT="${PORT:-3000}"
export SITE_URL="${SITE_URL:-http://localhost:${PORT}}"
# Exactly the locked versions; fails when package.json and package-lock.json disagree.
npm ci --no-audit --no-fund
npx tsx scripts/migrate.ts
npx tsx scripts/seed.ts --if-empty
npx next build
echo "Dashboard: ${SITE_URL}"
exec npm start -- -p "${PORT}"
