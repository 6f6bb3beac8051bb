#!/usr/bin/env bash
# Quick start: install, prepare the embedded database with the seed (only if empty),
# build and serve the dashboard on http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/auth-secret.sh
source scripts/auth-secret.sh
export NEXT_TELEMETRY_DISABLED=1
# `npm ci` would refuse this lock file: npm leaves the optional platform packages of
# Next's compiler for other systems out of it. `npm install` with the lock file still
# installs exactly the locked versions and does not rewrite the lock (--no-save).
npm install --no-audit --no-fund --no-save
npx tsx scripts/migrate.ts
npx tsx scripts/seed.ts --if-empty
# Next keeps cached data (unstable_cache) across builds; it may describe another database.
rm -rf "${NEXT_DIST_DIR:-.next}"/cache/fetch-cache
npx next build
echo "Dashboard: http://localhost:${PORT:-3000}"
exec npm start -- -p "${PORT:-3000}"
