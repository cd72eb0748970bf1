#!/usr/bin/env bash
# Smoke test of the bundled app (Linux): proves that dist/Skillmix runs with no Python.
#
#   packaging/smoke.sh            # test dist/Skillmix as built
#   packaging/smoke.sh --build    # python packaging/build.py first (the python on PATH, with
#                                 # pip install -e ".[bundle]" done)
#
# What it does, in a copy of the bundle outside the build tree (so no path leads back to it):
#  - as root with unshare: in a private mount and network namespace, every Python install on
#    the machine (the build's venv, its base Python, /usr/lib/python3*, /usr/local/lib/python3*)
#    is hidden under an empty tmpfs, and there is no network at all;
#  - always: each run gets an empty environment (env -i) and a PATH with no python on it;
#  - skillmix-cli: --version, new-sample, report (PDF), export-xlsx (workbook), import-rota
#    (a realistic rota made beforehand by the test helpers), summary;
#  - the window offscreen (QT_QPA_PLATFORM=offscreen) until it has opened the plan;
#  - under strace when available: no AF_INET/AF_INET6 socket is ever connected or sent to;
#  - under Xvfb when available (xvfb, xdotool and imagemagick): the real window on the xcb
#    platform, found by its title, and screenshots in build/smoke/ (Practice, Workload pages).
# Takes about 30 s after a build (the build 80 to 120 s) on a 2-core machine.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/build/smoke"
BUILD=0
for arg in "$@"; do
  case "$arg" in
    --build) BUILD=1 ;;
    --inside) ;;  # internal: re-run inside the namespaces
    *) echo "usage: packaging/smoke.sh [--build]" >&2; exit 2 ;;
  esac
done

say() { printf '[smoke %3ds] %s\n' "$SECONDS" "$*"; }
fail() { printf '[smoke] FAILED: %s\n' "$*" >&2; exit 1; }

# ---- outside: build, copy, make the inputs, then enter the namespaces -------------------
if [[ " $* " != *" --inside "* ]]; then
  PY="${PYTHON:-python}"
  if [ "$BUILD" = 1 ]; then
    say "building"
    "$PY" packaging/build.py
  fi
  [ -x dist/Skillmix/skillmix-cli ] || fail "no bundle in dist/Skillmix (run with --build)"
  rm -rf "$OUT" && mkdir -p "$OUT/home" "$OUT/appdata" "$OUT/bin" "$OUT/work"
  cp -a dist/Skillmix "$OUT/Skillmix"
  say "copied the bundle ($(du -sh "$OUT/Skillmix" | cut -f1)) to $OUT/Skillmix"
  # A rota as practices type it, made with the test helpers while Python is still here.
  "$PY" -c "import sys; sys.path.insert(0, 'tests/planner/rota'); import rota_books; \
rota_books.messy_grid(__import__('pathlib').Path(sys.argv[1]))" "$OUT/work/rota.xlsx"
  # The few tools the checks use, linked into a bin folder that has no python in it.
  for tool in Xvfb xdotool import strace timeout grep head; do
    if command -v "$tool" >/dev/null; then ln -sf "$(command -v "$tool")" "$OUT/bin/$tool"; fi
  done
  hide=()
  for d in "$("$PY" -c 'import sys; print(sys.prefix)')" "$("$PY" -c 'import sys; print(sys.base_prefix)')" \
           /usr/lib/python3* /usr/local/lib/python3*; do
    [ -d "$d" ] && hide+=("$d")
  done
  if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && unshare --mount --net true 2>/dev/null; then
    say "entering a private mount + network namespace with Python hidden: ${hide[*]}"
    HIDE="${hide[*]}" unshare --mount --net --propagation private bash "$0" --inside
  else
    say "not root or no unshare: running with an empty environment only"
    HIDE="" bash "$0" --inside
  fi
  say "PASSED"
  exit 0
fi

# ---- inside: no Python, no network --------------------------------------------------------
for d in $HIDE; do mount -t tmpfs -o size=1m,mode=0555 none "$d"; done
B="$OUT/Skillmix"
W="$OUT/work"
run() {  # an empty environment and a PATH with no python
  env -i HOME="$OUT/home" SKILLMIX_HOME="$OUT/appdata" PATH="$OUT/bin" LANG=C.UTF-8 "$@"
}
STRACE=()
if [ -x "$OUT/bin/strace" ] && "$OUT/bin/strace" -f -qq -o /dev/null true 2>/dev/null; then
  STRACE=("$OUT/bin/strace" -f -qq -e trace=connect,sendto,sendmsg -o "$W/net.trace")
fi

if run /bin/bash -c 'command -v python3 || command -v python' >/dev/null; then fail "python on PATH"; fi
for d in $HIDE; do [ -z "$(ls -A "$d")" ] || fail "$d still visible"; done
say "no python: not on PATH${HIDE:+; hidden: $HIDE}"

version="$(run "$B/skillmix-cli" --version)"
[ "$version" = "skillmix $(cat "$B/VERSION")" ] || fail "--version said '$version'"
say "$version"

cd "$W"
run "$B/skillmix-cli" new-sample sample.skillmix
run "${STRACE[@]}" "$B/skillmix-cli" report sample.skillmix -o pack.pdf
[ "$(head -c 5 pack.pdf)" = "%PDF-" ] && [ "$(stat -c %s pack.pdf)" -gt 50000 ] || fail "pack.pdf"
say "PDF pack: $(stat -c %s pack.pdf) bytes"
run "$B/skillmix-cli" export-xlsx sample.skillmix -o plan.xlsx
[ "$(head -c 2 plan.xlsx)" = "PK" ] && grep -q "xl/workbook.xml" plan.xlsx || fail "plan.xlsx"
say "workbook: $(stat -c %s plan.xlsx) bytes"
run "$B/skillmix-cli" import-rota rota.xlsx --plan sample.skillmix > rota.txt || fail "import-rota: $(cat rota.txt)"
grep -qi "added" rota.txt || fail "import-rota said: $(cat rota.txt)"
run "$B/skillmix-cli" summary sample.skillmix | grep -q "Anna Patel\|GP" || fail "summary"
say "rota imported: $(grep -i added rota.txt | head -1)"

# The window offscreen: it opens the plan (and records it as the last plan), then quits.
run QT_QPA_PLATFORM=offscreen SKILLMIX_QUIT_AFTER_START=1 "${STRACE[@]/%net.trace/net-window.trace}" \
  "$OUT/bin/timeout" 120 "$B/Skillmix" open "$W/sample.skillmix" 2> window.err || fail "window: $(cat window.err)"
grep -q "sample.skillmix" "$OUT/appdata/settings.json" || fail "the window did not open the plan"
if grep -q "Traceback" window.err; then fail "the window raised: $(cat window.err)"; fi
say "window opened the plan offscreen and quit"

if [ ${#STRACE[@]} -gt 0 ]; then
  if grep -hE "AF_INET|sin6?_port" "$W"/net*.trace; then fail "a network connection was attempted"; fi
  say "strace: no network connection attempted (report, window)"
fi

if [ -x "$OUT/bin/Xvfb" ] && [ -x "$OUT/bin/xdotool" ] && [ -x "$OUT/bin/import" ]; then
  "$OUT/bin/Xvfb" :77 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
  run DISPLAY=:77 QT_QPA_PLATFORM=xcb "$B/Skillmix" open "$W/sample.skillmix" 2> xcb.err &
  app=$!
  for _ in $(seq 1 60); do
    title="$(DISPLAY=:77 "$OUT/bin/xdotool" search --onlyvisible --name "^sample .* Skillmix$" getwindowname 2>/dev/null | head -1 || true)"
    [ -n "$title" ] && break
    kill -0 "$app" 2>/dev/null || fail "the app exited under Xvfb: $(cat xcb.err)"
    sleep 1
  done
  [ -n "$title" ] || fail "no Skillmix window under Xvfb: $(cat xcb.err)"
  sleep 3  # let it paint
  DISPLAY=:77 "$OUT/bin/import" -window root "$OUT/screenshot.png"
  # Every page in turn (the page list on the left, one row each 38 px from y=45; pages are
  # built when first shown), then the Workload page with its GP-time chart (pyqtgraph).
  for y in 235 197 159 121 83 45 121; do
    DISPLAY=:77 "$OUT/bin/xdotool" mousemove 55 "$y" click 1
    sleep 1
  done
  sleep 1
  DISPLAY=:77 "$OUT/bin/import" -window root "$OUT/screenshot-workload.png"
  kill -0 "$app" 2>/dev/null || fail "the app exited under Xvfb: $(cat xcb.err)"
  if grep -q "Traceback" xcb.err; then fail "the app raised: $(cat xcb.err)"; fi
  kill "$app"; wait "$app" 2>/dev/null || true
  say "xcb window '$title'; screenshots $OUT/screenshot.png, screenshot-workload.png"
  if [ -s xcb.err ]; then say "the app said: $(head -c 500 xcb.err)"; fi
else
  say "no Xvfb/xdotool/imagemagick: xcb window and screenshot skipped"
fi
