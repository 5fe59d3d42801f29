#!/usr/bin/env bash
# Starts Debian's PostgreSQL cluster (when run as root on a machine that has it; creates the cluster if the package was
# installed without one) and exports GONGKAI_TEST_POSTGRES, the server connection string the tests create their own databases on.
if command -v pg_ctlcluster >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  cluster=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1" "$2}')
  if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)
    if [ -n "$version" ]; then
      pg_createcluster "$version" main >/dev/null 2>&1 || true
      cluster=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1" "$2}')
    fi
  fi
  if [ -n "$cluster" ]; then
    pg_ctlcluster $cluster start >/dev/null 2>&1 || true
    port=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $3}')
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 0.5; done
    su postgres -c "psql -p $port -qc \"ALTER USER postgres PASSWORD 'postgres';\"" >/dev/null
    export GONGKAI_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres"
  fi
fi
if [ -z "${GONGKAI_TEST_POSTGRES:-}" ]; then
  echo "warning: no PostgreSQL server found; set GONGKAI_TEST_POSTGRES. PostgreSQL tests will fail." >&2
fi
