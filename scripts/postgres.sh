#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for tests and CI: scripts/postgres.sh start|stop DIR PORT [fast|immediate]
# PostgreSQL refuses to run as root, so the cluster belongs to the `postgres` user.
set -euo pipefail
action=${1:?start|stop}
dir=${2:?data directory}
port=${3:-54329}
# pg_ctl's shutdown mode: fast ends sessions and checkpoints; immediate is a crash (recovery on start).
mode=${4:-fast}
bin=/usr/lib/postgresql/15/bin
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$action" in
  start)
    if [ ! -x "$bin/postgres" ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
      as_postgres "$bin/initdb" -D "$dir" --auth=trust --username=postgres >/dev/null
    fi
    if ! as_postgres "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    as_postgres "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
      -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    fi
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_postgres "$bin/pg_ctl" -D "$dir" -m "$mode" -w stop >/dev/null
    ;;
  *) echo "usage: $0 start|stop DIR PORT [fast|immediate]" >&2; exit 2 ;;
esac
