#!/usr/bin/env bash
# PrepCode's main job: build everything and open it in a real VS Code on the bundled curricula and sample notes.
# Uses a local VS Code (`code`) when one is installed (PREPCODE_CODE_SERVER=1 forces code-server); otherwise
# code-server 4.100.3 on 127.0.0.1:${PORT:-8765}, printing the address. Ctrl+C stops it.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
export E2E_CACHE=${E2E_CACHE:-/tmp/prepcode-e2e}
PORT=${PORT:-8765}
WORKSPACE=${WORKSPACE:-$E2E_CACHE/start/curricula}

cd "$REPO"
npm ci --no-audit --no-fund
npm run package
VSIX=$(ls -t "$REPO"/prepcode-*.vsix | head -1)

# A copy of the bundled curricula, so the review schedule (.prepcode/) never lands in the repository.
if [ ! -d "$WORKSPACE" ]; then mkdir -p "$(dirname "$WORKSPACE")" && cp -r "$REPO/curricula" "$WORKSPACE"; fi

if command -v code >/dev/null && [ -z "${PREPCODE_CODE_SERVER:-}" ]; then
  code --install-extension "$VSIX" --force
  code "$WORKSPACE"
  echo "Opened $WORKSPACE in VS Code with PrepCode installed."
  exit 0
fi

bash "$REPO/scripts/e2e/install.sh" >/dev/null
CS_ENTRY=$E2E_CACHE/cs/node_modules/code-server/out/node/entry.js
RUN=$E2E_CACHE/start
export XDG_DATA_HOME=$RUN/xdg-data XDG_CONFIG_HOME=$RUN/xdg-config
rm -rf "$RUN/ext"
node "$CS_ENTRY" --config /dev/null --extensions-dir "$RUN/ext" --user-data-dir "$RUN/cli-data" --install-extension "$VSIX" >/dev/null
mkdir -p "$RUN/data/User"
[ -f "$RUN/data/User/settings.json" ] || echo '{"workbench.startupEditor":"none","telemetry.telemetryLevel":"off","security.workspace.trust.enabled":false}' > "$RUN/data/User/settings.json"
echo
echo "PrepCode is running in VS Code (code-server) at: http://127.0.0.1:$PORT/?folder=$WORKSPACE"
echo "Open the PrepCode icon in the activity bar. Ctrl+C stops the server."
exec node "$CS_ENTRY" --config /dev/null --auth none --bind-addr "127.0.0.1:$PORT" --disable-telemetry \
  --disable-update-check --disable-workspace-trust --extensions-dir "$RUN/ext" --user-data-dir "$RUN/data" "$WORKSPACE"
