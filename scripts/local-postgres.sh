#!/usr/bin/env bash
# Starts a throw-away PostgreSQL on loopback for the database tests and prints its URL.
# Installs Debian's server when it is missing. Needs root (CI and the dev machines are root).
set -euo pipefail
# The first free port from 55432 on, so a server left running by an earlier run does not clash.
port="${PGPORT_TEST:-}"
if [ -z "$port" ]; then
  for candidate in $(seq 55432 55482); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
fi
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ]; then
  apt-get update >&2 && apt-get install -y --no-install-recommends postgresql >&2
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
data=$(mktemp -d /tmp/seller-ops-pg.XXXXXX)
chown postgres "$data"
su postgres -s /bin/sh -c "'$pg_bin/initdb' -D '$data' -U postgres --auth=trust --no-sync" >/dev/null
su postgres -s /bin/sh -c "'$pg_bin/pg_ctl' -D '$data' -l '$data/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $port -k '$data' -c fsync=off\" start" >&2
echo "postgres://postgres@127.0.0.1:$port/postgres"
