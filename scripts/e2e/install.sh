#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3) + Debian chromium + playwright-core into $E2E_CACHE,
# offline except for the Debian and npm registries. Re-runnable: the install is reused when present.
# Adapted from the team's shared/e2e/recipe.sh; the workarounds are explained there.
set -euo pipefail
E2E_CACHE=${E2E_CACHE:-/tmp/prepcode-e2e}; CS_VERSION=${CS_VERSION:-4.100.3}
mkdir -p "$E2E_CACHE"; cd "$E2E_CACHE"

# 0. OS packages: node-gyp toolchain, kerberos headers, ripgrep (instead of @vscode/ripgrep's
#    GitHub download), chromium (the browser playwright drives).
if ! command -v chromium >/dev/null || ! command -v rg >/dev/null || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq build-essential python3 libkrb5-dev ripgrep chromium >/dev/null
fi

# 1. code-server, replicating its postinstall.sh by hand
export npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr
CS_PREFIX=$E2E_CACHE/cs; CS=$CS_PREFIX/node_modules/code-server
if [ ! -f "$CS/.e2e-installed" ]; then
  mkdir -p "$CS_PREFIX"; cd "$CS_PREFIX"
  [ -f package.json ] || echo '{"name":"cs-host","private":true}' > package.json
  npm install --no-audit --no-fund --ignore-scripts "code-server@$CS_VERSION"
  npm rebuild argon2
  cd "$CS/lib/vscode"
  npm install --no-audit --no-fund --omit=dev --ignore-scripts
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sf /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
  npm rebuild
  rm -rf node_modules.asar && ln -s node_modules node_modules.asar
  (cd bin/remote-cli && ln -sf code-linux.sh code-server)
  (cd bin/helpers && ln -sf browser-linux.sh browser.sh)
  (cd extensions && npm install --no-audit --no-fund --omit=dev)
  touch "$CS/.e2e-installed"
fi
export XDG_DATA_HOME=$E2E_CACHE/xdg-data XDG_CONFIG_HOME=$E2E_CACHE/xdg-config
node "$CS/out/node/entry.js" --config /dev/null --version

# 2. test tooling (never `npx playwright install`: it downloads browsers)
cd "$E2E_CACHE"
[ -f package.json ] || echo '{"name":"prepcode-e2e-tools","private":true,"type":"module"}' > package.json
[ -d node_modules/playwright-core ] || npm install --no-audit --no-fund playwright-core@1.65.1
