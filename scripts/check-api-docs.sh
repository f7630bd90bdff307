#!/usr/bin/env bash
# Fails when docs/api differs from what TypeDoc generates from the doc comments now: run "npm run docs" and commit.
set -euo pipefail
cd "$(dirname "$0")/.."
fresh="$(mktemp -d "${TMPDIR:-/tmp}/evented-buckets-api.XXXXXX")"
trap 'rm -rf "$fresh"' EXIT
npx typedoc --out "$fresh" --logLevel Error
if ! diff -r docs/api "$fresh" > "$fresh.diff"; then
  head -n 40 "$fresh.diff"
  rm -f "$fresh.diff"
  echo "docs/api is out of date with the doc comments: run \"npm run docs\" and commit docs/api." >&2
  exit 1
fi
rm -f "$fresh.diff"
echo "docs/api is current"
