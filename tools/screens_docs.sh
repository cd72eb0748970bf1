#!/bin/sh
# The screenshots in docs/screenshots: the README's pages and the year-by-year table at 1366x768
# (100%), and in fit/ the Scenarios, Compare and Team pages on every laptop screen of
# tests/ui/fit.py (the Team page last: its step imports a sample rota into the plan). The pack
# preview's step closes the preview once it is shot, so it is not over the pages after it.
set -e
here=$(dirname "$0")
out=${1:-$here/../docs/screenshots}
mkdir -p "$out/fit"
tmp=$(mktemp -d)
"$here/screens.sh" 1366x768 1 "$tmp/main" --script "$here/screen_steps.py" \
  --pages practice,workload,scenarios,scenarios:years,compare,report,report:preview,team:sessions --delay 1500
for page in practice workload scenarios compare report; do cp "$tmp/main-$page.png" "$out/$page.png"; done
cp "$tmp/main-team-sessions.png" "$out/team.png"
cp "$tmp/main-report-preview.png" "$out/pack-preview.png"
cp "$tmp/main-scenarios-years.png" "$out/scenarios-years.png"
for config in "1366x768 1 1366x768-100" "1366x768 1.25 1366x768-125" "1366x768 1.5 1366x768-150" \
              "1920x1080 1 1920x1080-100" "1920x1080 1.25 1920x1080-125" "1920x1080 1.5 1920x1080-150"; do
  set -- $config
  "$here/screens.sh" "$1" "$2" "$out/fit/$3" --script "$here/screen_steps.py" --pages scenarios:hire,compare,team:cover
done
"$here/screens.sh" 1366x768 1 "$out/fit/1366x768-large-text" --font-pt 11.25 --script "$here/screen_steps.py" \
  --pages scenarios:hire,compare,team:cover
rm -rf "$tmp"
