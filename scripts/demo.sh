#!/usr/bin/env bash
# Quick start: install, prepare the embedded database with the seed (only if empty),
# build and serve the dashboard on http://localhost:3000.
set -euo pipefail
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
