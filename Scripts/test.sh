#!/usr/bin/env bash
# Runs every test: installs what is missing, then the Swift test suite (unit, end-to-end through
# the built binary, the Spark recipe in local mode, and the quality check against the shared gold
# annotations).
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
# Java 17 and PySpark for the Spark recipe's test (Scripts/spark/extract.py).
bash Scripts/spark/setup.sh
# Python packages the export cross-checks load the exports with (Scripts/check-exports.py).
python3 -c 'import networkx, igraph' 2>/dev/null || python3 -m pip install --quiet networkx python-igraph
swift build --build-tests
swift test --skip-build "$@"
