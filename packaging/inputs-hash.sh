#!/usr/bin/env bash
# Prints one SHA-256 over what the Linux bundle is built from besides the app's own code: the
# files in packaging/ (not this hash's record packaging/smoke.sha256, the README, nor the
# Windows and macOS installer scripts, which the Linux smoke test does not use) and
# pyproject.toml (the dependencies). .ci/run builds and smoke-tests the bundle when it differs
# from the record.
set -euo pipefail
cd "$(dirname "$0")/.."
find packaging pyproject.toml -type f ! -name smoke.sha256 ! -name '*.pyc' ! -name README.md \
  ! -path 'packaging/windows/*' ! -path 'packaging/macos/*' -print0 \
  | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
