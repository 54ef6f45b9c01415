#!/usr/bin/env bash
# Checks that notebooks/*.ipynb are `deno fmt`-formatted by formatting copies
# and comparing bytes. (`deno fmt --check` on .ipynb files reports every
# notebook as unformatted on a cold cache in Deno 2.9.6 even when `deno fmt`
# changes nothing, so notebooks are excluded from the plain fmt gate.)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
deno="$root/tools/node_modules/.bin/deno"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root"/notebooks/*.ipynb "$tmp/"
# deno.json sets no fmt options, so the defaults used here are the project's.
(cd "$tmp" && "$deno" fmt -q --no-config ./*.ipynb)
status=0
for f in "$root"/notebooks/*.ipynb; do
  if ! cmp -s "$f" "$tmp/$(basename "$f")"; then
    echo "not formatted: notebooks/$(basename "$f") (run: deno fmt notebooks/$(basename "$f"))"
    status=1
  fi
done
[ $status = 0 ] && echo "notebooks formatted ($(ls "$root"/notebooks/*.ipynb | wc -l) files)"
exit $status
