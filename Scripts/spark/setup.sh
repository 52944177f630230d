#!/usr/bin/env bash
# Installs what the Spark recipe (Scripts/spark/extract.py) needs, only what is missing (safe to run
# again): Java 17 from Debian's openjdk-17-jre-headless when `java` is missing or older, and PySpark
# from PyPI for python3. Needs root, or sudo, for apt-get.
set -euo pipefail

pyspark_version=4.3.0

java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
if ! command -v java >/dev/null || [ "$(java_major)" -lt 17 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "spark setup: installing openjdk-17-jre-headless" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi

installed=$(python3 -c 'import pyspark; print(pyspark.__version__)' 2>/dev/null || true)
if [ "$installed" != "$pyspark_version" ]; then
  echo "spark setup: installing pyspark $pyspark_version" >&2
  python3 -m pip install --quiet "pyspark==$pyspark_version"
fi
