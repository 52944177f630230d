#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server in a folder, for tests and benchmarks.
#
#   Scripts/postgres.sh start DIR   initialises DIR if needed (trust authentication on 127.0.0.1),
#                                   starts the server on a free port if it is not running, creates
#                                   the database `graphtool` and prints its postgresql:// URL
#   Scripts/postgres.sh database DIR NAME
#                                   starts the server as `start` does, creates the database NAME
#                                   (empty: dropped first when it exists) and prints its URL
#   Scripts/postgres.sh stop DIR    stops the server of DIR (nothing to do when none runs)
#
# Both are safe to run again. Installs Debian's postgresql package when the binaries are missing.
# PostgreSQL refuses to run as root: as root, the server runs as the user `postgres`, and DIR is
# given to that user.
set -euo pipefail

usage() { echo "usage: $0 start DIR | database DIR NAME | stop DIR" >&2; exit 2; }
(($# >= 2)) || usage
action=$1
dir=$2
name=${3:-graphtool}
[[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "postgres.sh: a database name is lowercase letters, digits and _, not $name" >&2; exit 2; }

bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/pg_ctl" ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "postgres.sh: installing PostgreSQL 15 (Debian package postgresql-15)" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql-15 >/dev/null
fi
[ -x "$bin/pg_ctl" ] || { echo "postgres.sh: no PostgreSQL 15 in $bin after installing postgresql-15" >&2; exit 1; }

# The server outlives this script: it must not keep open any descriptor it was given beyond
# standard input, output and error (a caller reading a pipe to its end would wait forever).
for fd in /proc/$$/fd/*; do
  fd=${fd##*/}
  ((fd > 2)) && eval "exec $fd>&-" 2>/dev/null || true
done

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
data=$dir/data

# Runs a PostgreSQL program as the user that owns the data (root cannot).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

running() { [ -f "$data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; }

port_of() { sed -n 4p "$data/postmaster.pid"; }

case "$action" in
start|database)
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$dir"
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; echo "postgres.sh: initdb failed in $data" >&2; exit 1; }
  fi
  if ! running; then
    # The port of the first start, kept: a restarted server is found at the same URL.
    [ -f "$dir/port" ] || python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' >"$dir/port"
    port=$(cat "$dir/port")
    # The socket goes to DIR, not /var/run/postgresql, which may not exist or be writable.
    as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=100" start >/dev/null \
      || { tail -20 "$dir/server.log" >&2; echo "postgres.sh: the server in $data did not start" >&2; exit 1; }
  fi
  port=$(port_of)
  export PGOPTIONS="-c client_min_messages=warning"
  psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q)
  if [ "$action" = database ]; then
    "${psql[@]}" -c "DROP DATABASE IF EXISTS $name" >/dev/null
  fi
  if ! "${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    "${psql[@]}" -c "CREATE DATABASE $name" >/dev/null
  fi
  echo "postgresql://postgres@127.0.0.1:$port/$name"
  ;;
stop)
  if running; then
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
  fi
  ;;
*)
  usage
  ;;
esac
