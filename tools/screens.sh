#!/bin/sh
# Screenshots of the app on Xvfb with openbox: tools/screens.sh WIDTHxHEIGHT SCALE OUT_PREFIX [screens.py args]
# e.g. tools/screens.sh 1366x768 1.5 /tmp/shots/1366-150
set -e
size=$1; scale=$2; prefix=$3; shift 3
display=:${SCREENS_DISPLAY:-77}
Xvfb $display -screen 0 ${size}x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
while [ ! -e /tmp/.X11-unix/X${display#:} ]; do sleep 0.2; done
DISPLAY=$display openbox >/dev/null 2>&1 &
wm=$!
sleep 1
DISPLAY=$display QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=$scale SKILLMIX_HOME=$(mktemp -d) \
  python "$(dirname "$0")/screens.py" "$prefix" "$@" || true
kill $wm $xvfb 2>/dev/null || true
wait $wm $xvfb 2>/dev/null || true
