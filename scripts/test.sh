#!/usr/bin/env bash
# Every test: C# (Core + Server, in memory and over stdio), TypeScript unit tests, end-to-end in real VS Code.
# Installs what it needs (NuGet and npm packages; code-server and Chromium for the e2e tests).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
cd "$REPO"
mkdir -p test-results

dotnet restore PrepCode.sln
dotnet test PrepCode.sln --no-restore 2>&1 | tee test-results/dotnet.log
npm ci --no-audit --no-fund
npm test 2>&1 | tee test-results/unit.log
npm run test:e2e 2>&1 | tee test-results/e2e.log

# One closing line over all suites.
dotnet_pass=$(grep -Eo 'Passed: +[0-9]+' test-results/dotnet.log | awk '{s+=$2} END {print s+0}')
dotnet_fail=$(grep -Eo 'Failed: +[0-9]+' test-results/dotnet.log | awk '{s+=$2} END {print s+0}')
node_pass=$(cat test-results/unit.log test-results/e2e.log | grep -Eo '^# pass [0-9]+' | awk '{s+=$3} END {print s+0}')
node_fail=$(cat test-results/unit.log test-results/e2e.log | grep -Eo '^# fail [0-9]+' | awk '{s+=$3} END {print s+0}')
echo "$((dotnet_pass + node_pass)) passed, $((dotnet_fail + node_fail)) failed"
