#!/usr/bin/env bash
# Installs the web app's front-end packages (the Arabic web font) from src/Daftar.Web/package.json when they are
# missing. Without npm the app still builds and falls back to the system's Arabic fonts.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
web="$root/src/Daftar.Web"
[ -d "$web/node_modules/@fontsource/noto-naskh-arabic" ] && exit 0
if ! command -v npm >/dev/null 2>&1; then
  echo "daftar: npm not found; the web app will use the system's Arabic fonts" >&2
  exit 0
fi
(cd "$web" && npm ci --no-audit --no-fund --silent >/dev/null 2>&1) \
  || echo "daftar: could not install the Arabic web font (npm ci failed); the web app will use the system's fonts" >&2
exit 0
