#!/usr/bin/env bash
# Publishes the sidecar to dist/server: framework-dependent and portable (every platform's SQLite library), with its
# assemblies precompiled (ReadyToRun) for linux-x64 so it starts and indexes without waiting for the JIT there.
# Other platforms ignore the precompiled code and JIT the IL that every assembly still holds.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
cd "$REPO"
OUT=dist/server
R2R=obj/publish-server-r2r
rm -rf "$OUT" "$R2R"
dotnet publish src/PrepCode.Server -c Release -o "$OUT" --self-contained false
dotnet publish src/PrepCode.Server -c Release -o "$R2R" --self-contained false -r linux-x64 -p:PublishReadyToRun=true
# Same assemblies, same versions: only the managed ones are taken; natives, deps.json and runtimeconfig stay portable.
for dll in "$OUT"/*.dll; do
  name=$(basename "$dll")
  if [ -f "$R2R/$name" ]; then cp "$R2R/$name" "$dll"; fi
done
rm -rf "$R2R"
