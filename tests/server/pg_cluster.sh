#!/bin/sh
# A throwaway PostgreSQL cluster for the server tests, on a loopback port.
#   pg_cluster.sh start DIR     initdb in DIR/data, start on a free port, write DIR/uri
#   pg_cluster.sh run DIR CMD…  run CMD with HEARTH_TEST_PG_URI from DIR/uri, or with
#                               HEARTH_TEST_PG_SKIP saying why there is no cluster
#   pg_cluster.sh stop DIR      stop the cluster and remove DIR
# initdb refuses to run as root; as root the cluster belongs to the unprivileged "postgres"
# user (or "nobody"), which owns DIR.
set -eu

command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: $0 start|run|stop DIR [CMD...]" >&2; exit 2; }

find_bin() {
    for candidate in "$(command -v initdb 2>/dev/null || true)" \
                     /usr/lib/postgresql/*/bin/initdb /usr/local/pgsql/bin/initdb; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            dirname "$candidate"
            return 0
        fi
    done
    return 1
}

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$owner" -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    rm -rf "$dir"
    mkdir -p "$dir"
    if ! bin=$(find_bin); then
        echo "PostgreSQL binaries (initdb, pg_ctl) are not installed" > "$dir/absent"
        echo "pg_cluster: no PostgreSQL binaries; the PostgreSQL tests will skip" >&2
        exit 0
    fi
    owner=$(id -un)
    if [ "$(id -u)" -eq 0 ]; then
        owner=postgres
        id postgres >/dev/null 2>&1 || owner=nobody
        chown "$owner" "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U hearth --auth=trust -E UTF8 --no-locale \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # A few ports from a pseudo-random start, so that parallel builds do not collide.
    port=$(( 20000 + ($$ % 20000) ))
    tries=0
    while :; do
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" \
            start >/dev/null 2>&1; then
            break
        fi
        tries=$((tries + 1))
        if [ "$tries" -ge 10 ]; then
            cat "$dir/server.log" >&2
            exit 1
        fi
        port=$((port + 7))
    done
    echo "$bin" > "$dir/bin"
    echo "postgresql://hearth@127.0.0.1:$port/hearth_test" > "$dir/uri"
    echo "pg_cluster: PostgreSQL on 127.0.0.1:$port"
    ;;
run)
    shift 2
    if [ -f "$dir/uri" ]; then
        HEARTH_TEST_PG_URI=$(cat "$dir/uri")
        export HEARTH_TEST_PG_URI
    elif [ -f "$dir/absent" ]; then
        HEARTH_TEST_PG_SKIP=$(cat "$dir/absent")
        export HEARTH_TEST_PG_SKIP
    else
        echo "pg_cluster: no cluster in $dir (did the start fixture fail?)" >&2
        exit 1
    fi
    exec "$@"
    ;;
stop)
    if [ -f "$dir/bin" ]; then
        owner=$(stat -c %U "$dir")
        as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|run|stop DIR [CMD...]" >&2
    exit 2
    ;;
esac
