#!/usr/bin/env bash
# Builds everything and runs every test suite; ends with one line "N passed, N failed, N skipped".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET SDK (10.0) is needed" >&2
  exit 3
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# What the tests need beyond the SDK: the web app's font package, and Chromium for the browser tests (Debian's
# package, installed when missing and when this runs as root; without it the browser tests say why and fail).
"$root/scripts/web-assets.sh"
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test.sh: installing chromium for the browser tests…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null)     || echo "test.sh: could not install chromium" >&2
fi
dotnet build Daftar.slnx -c Release --nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }

results="$(mktemp -d)"
status=0
for project in tests/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$results/$name.trx" --logger "console;verbosity=minimal" || status=1
done

# Sum the counters of every TRX file into the closing line.
read -r passed failed skipped < <(
  cat "$results"/*.trx 2>/dev/null | tr ' ' '\n' | awk -F'"' '
    /^passed=/ {p += $2} /^failed=/ {f += $2} /^notExecuted=/ {s += $2}
    END {print p+0, f+0, s+0}')
rm -rf "$results"
if [ "$passed" -eq 0 ]; then status=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
