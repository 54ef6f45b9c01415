#!/usr/bin/env bash
# Idempotent toolchain setup for thermoquilt. Installs only what is missing:
#   deno      pinned in tools/package.json, from npm, into tools/node_modules
#   jupyter   headless nbconvert + nbclient from Debian's apt   (with --jupyter)
#   chromium  Debian's chromium, for the report check           (with --chromium)
# and registers the Deno kernel in a project-local Jupyter data dir
# (.cache/xdg/jupyter/kernels/deno) so it always points at this checkout's deno.
# Where it cannot install (not root, no apt) it stops and names the command.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
want_jupyter=0 want_chromium=0
for arg in "$@"; do
  case "$arg" in
    --jupyter) want_jupyter=1 ;;
    --chromium) want_chromium=1 ;;
    *) echo "setup.sh: unknown option $arg (use --jupyter, --chromium)" >&2; exit 2 ;;
  esac
done

say() { printf 'setup: %s\n' "$*" >&2; }
fail() { printf 'setup: ERROR: %s\n' "$*" >&2; exit 1; }

deno="$root/tools/node_modules/.bin/deno"
want_deno=$(sed -n 's/.*"deno": "\([0-9.]*\)".*/\1/p' "$root/tools/package.json")
have_deno=""
[ -x "$deno" ] && have_deno=$("$deno" --version 2>/dev/null | sed -n 's/^deno \([0-9.]*\).*/\1/p' || true)
if [ "$have_deno" != "$want_deno" ] || [ ! -f "$root/tools/node_modules/vega-embed/package.json" ]; then
  command -v npm >/dev/null || fail "npm not found. Install Node.js (>= 18) and npm, then re-run."
  say "installing deno $want_deno and browser bundles from npm (tools/)…"
  (cd "$root/tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) ||
    fail "npm ci failed. Run by hand: (cd tools && npm ci --ignore-scripts)"
  have_deno=$("$deno" --version 2>/dev/null | sed -n 's/^deno \([0-9.]*\).*/\1/p' || true)
  [ "$have_deno" = "$want_deno" ] || fail "deno $want_deno did not install (got '${have_deno}')."
fi

# Also expose deno as node_modules/.bin/deno (where editors and the project's
# before-stop checklist look for it); node_modules/ itself is Deno's npm dir.
mkdir -p "$root/node_modules/.bin"
[ -e "$root/node_modules/.bin/deno" ] || ln -s ../../tools/node_modules/.bin/deno "$root/node_modules/.bin/deno"

apt_install() { # $1 = human name, rest = packages
  local what=$1; shift
  local cmd="apt-get update && apt-get install -y --no-install-recommends $*"
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    fail "$what is missing and this script can only install it as root with apt. Run: sudo sh -c '$cmd'"
  fi
  say "installing $what from apt: $*"
  local log; log=$(mktemp)
  if ! (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@") >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    fail "apt could not install $what. Command was: $cmd"
  fi
  rm -f "$log"
}

if [ $want_jupyter = 1 ]; then
  if ! /usr/bin/jupyter nbconvert --version >/dev/null 2>&1 || ! /usr/bin/python3 -c 'import nbclient, jupyter_client' 2>/dev/null; then
    apt_install "Jupyter (headless)" jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel
  fi
  /usr/bin/jupyter nbconvert --version >/dev/null 2>&1 || fail "jupyter nbconvert still not runnable after install."
  export XDG_DATA_HOME="$root/.cache/xdg"
  spec="$XDG_DATA_HOME/jupyter/kernels/deno/kernel.json"
  deno_exe=$(NO_COLOR=1 "$deno" eval 'console.log(Deno.execPath())' 2>/dev/null | tail -n 1)
  if [ ! -f "$spec" ] || ! grep -q "\"$deno_exe\"" "$spec"; then
    "$deno" jupyter --install --force >/dev/null 2>&1 || fail "deno jupyter --install failed."
    grep -q "\"$deno_exe\"" "$spec" || fail "kernelspec $spec does not point at $deno_exe."
    say "registered the Deno kernel in $XDG_DATA_HOME/jupyter/kernels/deno"
  fi
fi

if [ $want_chromium = 1 ] && ! command -v chromium >/dev/null; then
  apt_install "Chromium" chromium
fi
exit 0
