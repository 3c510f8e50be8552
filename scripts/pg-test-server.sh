#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and CI.
#   scripts/pg-test-server.sh start <dir> <port>   initdb (if needed) + start; prints the URL on stdout
#   scripts/pg-test-server.sh stop  <dir>          fast shutdown
# Listens on 127.0.0.1:<port> only, socket in <dir>/sock, trust auth, fsync off: never for real data.
# initdb/postgres refuse to run as root, so as root they run as the `postgres` user (dir chowned to it).
# Typical CI use:  url=$(scripts/pg-test-server.sh start "$d" 55432); trap 'scripts/pg-test-server.sh stop "$d"' EXIT
set -euo pipefail

usage() { echo "usage: $0 start <dir> <port> | stop <dir>" >&2; exit 2; }
[ $# -ge 2 ] || usage
cmd=$1
dir=$(mkdir -p "$2" && cd "$2" && pwd)
port=${3:-}

bindir=${PG_BINDIR:-}
if [ -z "$bindir" ]; then
  for cand in /usr/lib/postgresql/*/bin; do [ -x "$cand/initdb" ] && bindir=$cand; done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "pg-test-server: PostgreSQL binaries not found (set PG_BINDIR, or: apt-get install -y postgresql)" >&2
  exit 1
fi

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    [[ "$port" =~ ^[0-9]+$ ]] || usage
    if [ "$(id -u)" = 0 ]; then
      chown postgres: "$dir"
      if ! runuser -u postgres -- test -w "$dir"; then
        echo "pg-test-server: user postgres cannot reach $dir (a parent directory is private?)" >&2
        exit 1
      fi
    fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_pg "$bindir/initdb" -D "$dir/data" --auth=trust -U postgres --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    as_pg mkdir -p "$dir/sock"
    if ! as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >&2; then
      tail -n 20 "$dir/server.log" >&2 || true
      exit 1
    fi
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_pg "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >&2
    fi
    ;;
  *) usage ;;
esac
