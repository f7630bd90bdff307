#!/usr/bin/env bash
# Tests the package from the outside, as a user gets it: packs the tarball (prepack builds dist/), installs it from
# that file with npm into a fresh copy of examples/consumer (a `cdktf init --template=typescript` project), and
# there: synthesizes with the template's default command (`cdktf synth`, which runs `npx ts-node main.ts`), runs its
# jest tests, type-checks its own code with strict + noUncheckedIndexedAccess + exactOptionalPropertyTypes, and runs
# a plain CommonJS app with node, and checks that each packaged function's zip is byte for byte the one a synth of
# this repository builds. Once on cdktf 0.21 with the constructs `cdktf init` installs, once on CDK Terrain 0.24
# (installed under the cdktf name, with the constructs it accepts).
#
# Usage: scripts/test-consumer.sh [cdktf|cdktn ...]   (default: both). Needs the npm registry.
# UPDATE_SNAPSHOTS=1 writes the consumer's jest snapshots back into examples/consumer (read the diff first).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export CHECKPOINT_DISABLE=1
flavours=("$@")
[ ${#flavours[@]} -gt 0 ] || flavours=(cdktf cdktn)

WORK="$(mktemp -d "${TMPDIR:-/tmp}/evented-buckets-consumer.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
started=$SECONDS

step() { echo "--- [$flavour] $* ($((SECONDS - started)) s)"; }

flavour=pack
step "npm pack"
tarball="$WORK/$(cd "$ROOT" && npm pack --silent --pack-destination "$WORK" | tail -n 1)"
[ -f "$tarball" ] || { echo "npm pack wrote no tarball" >&2; exit 1; }
tar -tzf "$tarball" > "$WORK/tarball-files.txt"
if grep -E '^package/(lib|test|stacks|bench|scripts|functions/[^/]+/src)/|^package/.*\.ts$' "$WORK/tarball-files.txt" | grep -vE '\.d\.ts$'; then
  echo "the tarball ships sources or files a user does not need (listed above)" >&2
  exit 1
fi
grep -qx 'package/dist/bundles/index.json' "$WORK/tarball-files.txt" || { echo "the tarball has no prebuilt function bundles" >&2; exit 1; }

step "the repository's function zips (empty package cache)"
(cd "$ROOT" && EVENTED_BUCKETS_CACHE_DIR="$WORK/cache-repository" node --require tsx/cjs scripts/function-zip-digests.js ./lib) > "$WORK/zips-repository.json"

for flavour in "${flavours[@]}"; do
  case "$flavour" in
    cdktf) framework=(cdktf@0.21.0 constructs@10.8.1) expect_name=cdktf ;;
    cdktn) framework=(cdktf@npm:cdktn@0.24.0 constructs@10.7.2) expect_name=cdktn ;;
    *) echo "unknown flavour $flavour (cdktf or cdktn)" >&2; exit 2 ;;
  esac
  dir="$WORK/$flavour"
  mkdir -p "$dir"
  tar -C "$ROOT/examples/consumer" --exclude=node_modules --exclude=cdktf.out -cf - . | tar -C "$dir" -xf -
  # A later flavour starts from the first one's installed tree (hard links): npm then changes only the framework.
  [ -z "${first_dir:-}" ] || cp -al "$first_dir/node_modules" "$dir/node_modules"
  first_dir="${first_dir:-$dir}"
  cd "$dir"

  step "npm install the tarball and ${framework[*]}"
  npm install --no-audit --no-fund --loglevel=error --save-exact "$tarball" "${framework[@]}"
  node -e "const p=require('cdktf/package.json'); if (p.name !== '$expect_name') { console.error('cdktf resolves to', p.name); process.exit(1); } console.log('cdktf resolves to', p.name, p.version, '/ constructs', require('constructs/package.json').version)"
  if [ -n "$(find node_modules/evented-buckets -name '*.ts' ! -name '*.d.ts' ! -path '*/node_modules/evented-buckets/node_modules/*' -print -quit)" ]; then
    echo "the installed package holds TypeScript sources" >&2
    exit 1
  fi

  step "the function zips are the repository's, byte for byte (empty package cache)"
  EVENTED_BUCKETS_CACHE_DIR="$WORK/cache-$flavour" node "$ROOT/scripts/function-zip-digests.js" evented-buckets > zips.json
  node "$ROOT/scripts/compare-zip-digests.js" "$WORK/zips-repository.json" zips.json

  step "cdktf synth (the template's app command: npx ts-node main.ts)"
  "$ROOT/node_modules/.bin/cdktf" synth > synth.log 2>&1 || { cat synth.log; exit 1; }
  for stack in media-hangzhou media-singapore media-guangzhou media-dallas; do
    [ -f "cdktf.out/stacks/$stack/cdk.tf.json" ] || { cat synth.log; echo "no stack $stack in cdktf.out" >&2; exit 1; }
  done
  ls cdktf.out/stacks/media-hangzhou/assets/*/*/code.zip > /dev/null

  step "jest (the template's config)"
  if [ "${UPDATE_SNAPSHOTS:-}" = 1 ]; then
    npx jest --ci -u
    rm -rf "$ROOT/examples/consumer/__tests__/__snapshots__"
    cp -r __tests__/__snapshots__ "$ROOT/examples/consumer/__tests__/"
  else
    npx jest --ci
  fi

  step "tsc strict + noUncheckedIndexedAccess + exactOptionalPropertyTypes on the consumer's code"
  npx tsc -p tsconfig.strict.json

  step "plain CommonJS: node plain-js/main.js"
  rm -rf cdktf.out
  node plain-js/main.js
  [ -f cdktf.out/stacks/plain-photos/cdk.tf.json ] || { echo "node plain-js/main.js wrote no stack" >&2; exit 1; }

  step "the evented-buckets command"
  npx evented-buckets --help
  if [ "$flavour" = cdktf ]; then
    npx evented-buckets ibm-image-context --out image
    [ -f image/Dockerfile ] && [ -f image/app/index.js ] && [ -d image/app/node_modules/@img/sharp-linux-x64 ]
  fi
  step "passed"
  cd "$ROOT"
done
echo "consumer tests passed on ${flavours[*]} in $((SECONDS - started)) s"
