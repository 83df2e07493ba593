#!/usr/bin/env bash
# End-to-end tests of PrepCode in real VS Code (code-server 4.100.3) with Debian's Chromium.
# 1. installs code-server + chromium + playwright-core into $E2E_CACHE (default /tmp/prepcode-e2e; reused)
# 2. packages the extension (npm run package; SKIP_PACKAGE=1 reuses the newest prepcode-*.vsix) and installs it offline
# 3. copies the fixture workspace and seeds a schedule (extension/test/e2e/seed.txt) through the server
# 4. runs extension/test/e2e/*.e2e.mjs (or the files in $E2E_FILES) with node's test runner; screenshots and logs go to $OUT
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
export E2E_CACHE=${E2E_CACHE:-/tmp/prepcode-e2e}
export OUT=${OUT:-$REPO/test-results/e2e}
export PREPCODE_NOW=${PREPCODE_NOW:-2026-03-10T12:00:00Z}   # the server inherits it through code-server
export TZ=${TZ:-UTC}

bash "$REPO/scripts/e2e/install.sh"
CS_ENTRY=$E2E_CACHE/cs/node_modules/code-server/out/node/entry.js
export XDG_DATA_HOME=$E2E_CACHE/xdg-data XDG_CONFIG_HOME=$E2E_CACHE/xdg-config

cd "$REPO"
[ -n "${SKIP_PACKAGE:-}" ] || npm run package
VSIX=$(ls -t "$REPO"/prepcode-*.vsix | head -1)
RUN=${E2E_RUN:-$E2E_CACHE/run}   # separate E2E_RUN (and PORT) to run several suites at once
rm -rf "$RUN" "$OUT" && mkdir -p "$RUN" "$OUT"
# Installed offline: in a network namespace without interfaces when the machine allows one (root or user namespaces).
OFFLINE=()
if unshare -rn true 2>/dev/null; then OFFLINE=(unshare -rn); else echo "no network namespace here: the vsix is installed with the network up" >&2; fi
"${OFFLINE[@]}" node "$CS_ENTRY" --config /dev/null --extensions-dir "$RUN/ext" --user-data-dir "$RUN/cli-data" \
  --install-extension "$VSIX"

# fixture workspace + a schedule seeded through the real server (prepcode/grade) at fixed times
cp -r "$REPO/extension/test/e2e/fixture" "$RUN/workspace"
node "$REPO/scripts/e2e/seed.mjs" "$REPO/dist/server/PrepCode.Server.dll" "$RUN/workspace" \
  "$REPO/extension/test/e2e/seed.txt" "$PREPCODE_NOW" 2>"$OUT/seed.log" | tee "$OUT/seed.txt"

export WORKSPACE=$RUN/workspace EXT_DIR=$RUN/ext CS_ENTRY VSIX
if [ -n "${E2E_FILES:-}" ]; then read -ra FILES <<<"$E2E_FILES"; else FILES=("$REPO"/extension/test/e2e/*.e2e.mjs); fi
node --test --test-concurrency=1 "${FILES[@]}"
echo "screenshots and logs: $OUT"
