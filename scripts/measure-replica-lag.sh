#!/usr/bin/env bash
# How far a streaming replica trails its primary on this machine (docs/SCALING.md): a throwaway
# primary and replica of Debian's PostgreSQL in /tmp (nothing of the machine's own cluster is
# touched), pgbench writing to the primary, and the replica's replay lag sampled from
# pg_stat_replication every 200 ms. Prints the median and the maximum. Run as root or postgres.
set -euo pipefail
BIN="/usr/lib/postgresql/$(ls /etc/postgresql | sort -V | tail -1)/bin"
DIR=/tmp/local-news-replica
SECONDS_OF_LOAD="${SECONDS_OF_LOAD:-15}"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop() {
  as_pg "$BIN/pg_ctl" -D "$DIR/replica" -m immediate stop >/dev/null 2>&1 || true
  as_pg "$BIN/pg_ctl" -D "$DIR/primary" -m immediate stop >/dev/null 2>&1 || true
}
trap stop EXIT

stop
rm -rf "$DIR" && mkdir -p "$DIR" && chown postgres "$DIR" 2>/dev/null || true
as_pg "$BIN/initdb" -D "$DIR/primary" -A trust -U postgres >/dev/null
echo "host replication all 127.0.0.1/32 trust" >>"$DIR/primary/pg_hba.conf"
as_pg "$BIN/pg_ctl" -D "$DIR/primary" -o "-p 5438 -k $DIR -c listen_addresses=127.0.0.1" -l "$DIR/primary.log" -w start >/dev/null
as_pg "$BIN/pg_basebackup" -h 127.0.0.1 -p 5438 -U postgres -D "$DIR/replica" -R -X stream
as_pg "$BIN/pg_ctl" -D "$DIR/replica" -o "-p 5439 -k $DIR -c listen_addresses=127.0.0.1" -l "$DIR/replica.log" -w start >/dev/null

"$BIN/pgbench" -h 127.0.0.1 -p 5438 -U postgres -i -q postgres >/dev/null 2>&1
"$BIN/pgbench" -h 127.0.0.1 -p 5438 -U postgres -c 4 -T "$SECONDS_OF_LOAD" -n postgres >"$DIR/pgbench.txt" 2>&1 &
load=$!
samples="$DIR/lag.txt"
: >"$samples"
while kill -0 "$load" 2>/dev/null; do
  # replay_lag: from the primary's commit to the replica having applied it (NULL while idle).
  "$BIN/psql" -h 127.0.0.1 -p 5438 -U postgres -Atc \
    "SELECT COALESCE(EXTRACT(epoch FROM replay_lag) * 1000, 0) FROM pg_stat_replication" >>"$samples" || true
  sleep 0.2
done
wait "$load" || true
tps=$(grep -oE 'tps = [0-9.]+' "$DIR/pgbench.txt" | head -1)
sort -n "$samples" | awk -v tps="$tps" '{ v[NR] = $1 } END {
  if (NR == 0) { print "no samples"; exit 1 }
  printf "replica replay lag under pgbench (4 clients, %s): median %.2f ms, max %.2f ms, %d samples\n", tps, v[int((NR + 1) / 2)], v[NR], NR
}'
