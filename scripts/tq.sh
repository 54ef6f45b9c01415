#!/usr/bin/env bash
# thermoquilt's two entry points (see README):
#   bash scripts/tq.sh notebooks   execute every notebook headless in the Deno
#                                  kernel; write out/notebooks, out/figures,
#                                  out/report.html
#   bash scripts/tq.sh test        every check CI runs; ends with "N passed, M failed"
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NO_COLOR=1
export XDG_DATA_HOME="$root/.cache/xdg"
deno="$root/tools/node_modules/.bin/deno"

run_notebooks() { # executes notebooks/*.ipynb (or those given) into out/notebooks
  mkdir -p out/notebooks out/figures
  local status=0 nb name started
  local list=("$@")
  [ ${#list[@]} -gt 0 ] || list=(notebooks/*.ipynb)
  for nb in "${list[@]}"; do
    [ -f "$nb" ] || continue
    name=$(basename "$nb")
    started=$(date +%s)
    # Like `jupyter nbconvert --execute`, but keeps late outputs the Deno kernel
    # publishes just after "idle" (see scripts/_report_execute.py).
    if /usr/bin/python3 scripts/_report_execute.py "$nb" "out/notebooks/$name" --timeout=900 \
      >"out/notebooks/${name%.ipynb}.log" 2>&1; then
      printf 'notebook %-28s executed in %ss\n' "$name" "$(($(date +%s) - started))"
    else
      printf 'notebook %-28s FAILED to execute (log: out/notebooks/%s.log):\n' "$name" "${name%.ipynb}"
      grep -E 'Error|error|Cell In|---->' "out/notebooks/${name%.ipynb}.log" | head -n 20 | sed 's/^/    /'
      status=1
    fi
  done
  return $status
}

case "${1:-}" in
notebooks)
  bash scripts/setup.sh --jupyter || exit 1
  shift
  run_notebooks "$@"
  nb_status=$?
  "$deno" run -A scripts/notebooks.ts out/notebooks || exit 1
  exit $nb_status
  ;;
test)
  bash scripts/setup.sh --jupyter --chromium || exit 1
  # The full suite includes the long statistical tests (fixed seeds; ~30 s);
  # `deno task unit` is the fast loop without them.
  export TQ_LONG=1
  passed=0 failed=0 failures=""
  gate() { # name, command...
    local name=$1; shift
    printf '\n== %s\n' "$name"
    if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures="$failures $name"; fi
  }
  gate "format" "$deno" fmt --check
  gate "format-notebooks" bash scripts/check_notebook_format.sh
  gate "lint" "$deno" lint
  gate "typecheck" "$deno" check mod.ts src/ tests/ bench/ scripts/
  gate "doc-lint" "$deno" doc --lint mod.ts
  gate "wasm-built-from-source" node scripts/build_wasm.mjs --check
  printf '\n== unit and doc tests\n'
  log=$(mktemp)
  "$deno" test -A --doc --parallel mod.ts src/ tests/ 2>&1 | tee "$log"
  summary=$(grep -E '^(ok|FAILED) \| [0-9]+ passed' "$log" | tail -n 1)
  if [ -n "$summary" ]; then
    tp=$(sed -E 's/.*\| ([0-9]+) passed.*/\1/' <<<"$summary")
    tf=$(sed -E 's/.*\| ([0-9]+) failed.*/\1/' <<<"$summary")
    passed=$((passed + tp)); failed=$((failed + tf))
    [ "$tf" = 0 ] || failures="$failures unit-tests($tf)"
  else
    failed=$((failed + 1)); failures="$failures unit-tests(no summary)"
  fi
  rm -f "$log"
  printf '\n== notebooks\n'
  gate "notebooks-execute" run_notebooks
  gate "notebooks-outputs" "$deno" run -A scripts/notebooks.ts out/notebooks --strict
  if [ -f scripts/report_check.ts ]; then
    gate "report-in-chromium" "$deno" run -A scripts/report_check.ts out/report.html
  fi
  printf '\n'
  [ -z "$failures" ] || echo "failed:$failures"
  echo "$passed passed, $failed failed"
  [ "$failed" = 0 ]
  ;;
*)
  echo "usage: bash scripts/tq.sh notebooks [NOTEBOOK…] | test" >&2
  exit 2
  ;;
esac
