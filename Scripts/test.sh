#!/usr/bin/env bash
# Runs every test: installs what is missing, then the Swift test suite (unit, end-to-end through
# the built binary, and the quality check against the shared gold annotations).
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build --build-tests
swift test --skip-build "$@"
