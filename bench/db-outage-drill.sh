#!/usr/bin/env bash
# Database outage drill: the packaged app on its embedded PostgreSQL answers a trickle of requests
# (10 a second) while PostgreSQL is stopped for 5 seconds and started again. Prints every status code
# seen, by phase, and how long after PostgreSQL was back the first 200 came.
#
#   bench/db-outage-drill.sh [path/to/quarkus-run.jar]     (build first: ./mvnw -B -DskipTests package)
#
# Expected: 200 before, 503 (problem+json DATABASE_UNAVAILABLE, Retry-After) while away, 200 again
# right after, with no restart of the service; readiness DOWN while away.
set -euo pipefail
JAR=${1:-backend/target/quarkus-app/quarkus-run.jar}
PORT=${PORT:-18091}
OUTAGE_SECONDS=${OUTAGE_SECONDS:-5}
WORK=$(mktemp -d)
trap 'kill $(cat "$WORK/pid" 2>/dev/null) 2>/dev/null || true; sleep 3; rm -rf "$WORK"' EXIT

APP_DATA_DIR="$WORK/data" QUARKUS_HTTP_PORT=$PORT APP_RATE_LIMIT_ENABLED=false \
  java -jar "$JAR" > "$WORK/app.log" 2>&1 &
echo $! > "$WORK/pid"
for _ in $(seq 1 180); do curl -sf "localhost:$PORT/q/health/ready" >/dev/null && break; sleep 1; done

# pg_ctl of the running embedded server: beside the postmaster's binary; as root through
# `unshare -U`, the way the embedded launcher runs PostgreSQL (it refuses to run as root)
CLUSTER="$WORK/data/pg"
POSTMASTER=$(head -1 "$CLUSTER/postmaster.pid")
PG_CTL="$(dirname "$(readlink -f "/proc/$POSTMASTER/exe")")/pg_ctl"
AS_POSTGRES=()
[ "$(id -u)" = 0 ] && AS_POSTGRES=(unshare -U)
pg() { "${AS_POSTGRES[@]}" "$PG_CTL" -D "$CLUSTER" "$@" > "$WORK/pg_ctl.log" 2>&1; }

TOKEN=$(curl -s -X POST "localhost:$PORT/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"username":"weinan","password":"Demo@2023"}' | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])')

now() { date +%s.%N; }
trickle() { # a request every 0.1 s until the stop file appears; one line per request: start end code retry-after problem
  while [ ! -e "$WORK/stop" ]; do
    local start code retry problem
    start=$(now)
    code=$(curl -s -o "$WORK/last-body" -D "$WORK/last-headers" -w '%{http_code}' \
      -H "Authorization: Bearer $TOKEN" "localhost:$PORT/api/v1/tasks?size=5" || true)
    retry=$(grep -i '^retry-after:' "$WORK/last-headers" | tr -d '\r' | awk '{print $2}' || true)
    problem=$(grep -o '"code":"[A-Z_]*"' "$WORK/last-body" | head -1 | cut -d'"' -f4 || true)
    echo "$start $(now) $code ${retry:--} ${problem:--}"
    sleep 0.1
  done
}

trickle > "$WORK/requests" &
TRICKLE=$!
sleep 3
T_STOP=$(now); pg -m fast -w stop; T_DOWN=$(now)
READY_WHILE_AWAY=$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/q/health/ready")
sleep "$OUTAGE_SECONDS"
T_START=$(now); pg -w -l "$CLUSTER/restarted.log" restart; T_UP=$(now)
sleep 4
READY_AFTER=$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/q/health/ready")
touch "$WORK/stop"; wait $TRICKLE || true

echo "PostgreSQL stopped for ${OUTAGE_SECONDS} s (stop took $(printf '%.1f' "$(echo "$T_DOWN - $T_STOP" | bc)") s, restart $(printf '%.1f' "$(echo "$T_UP - $T_START" | bc)") s); requests by when they started:"
python3 - "$WORK/requests" "$T_STOP" "$T_DOWN" "$T_START" "$T_UP" <<'PY'
import sys, collections
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
stop, down, start, up = map(float, sys.argv[2:6])
names = ("before", "stopping", "away", "restarting", "after")
phases = collections.OrderedDict((p, collections.Counter()) for p in names)
took = collections.defaultdict(list)
first_ok_after = None
for began, ended, code, retry, problem in rows:
    began = float(began)
    phase = names[sum(began >= edge for edge in (stop, down, start, up))]
    phases[phase][f"{code} {problem} Retry-After={retry}" if code != "200" else "200"] += 1
    took[phase].append(float(ended) - began)
    if began >= up and code == "200" and first_ok_after is None:
        first_ok_after = float(ended) - up
for phase, counts in phases.items():
    slowest = f"  (slowest {max(took[phase]) * 1000:.0f} ms)" if took[phase] else ""
    print(f"  {phase:<11}", (", ".join(f"{n}× {what}" for what, n in counts.items()) or "-") + slowest)
print("  first 200 after PostgreSQL was back: answered " + (f"+{first_ok_after:.2f} s" if first_ok_after is not None else "never")
      + " after pg_ctl reported it running")
PY
echo "  readiness while away: $READY_WHILE_AWAY, after: $READY_AFTER"
echo "  5xx other than 503 in the run: $(awk '$3 ~ /^5/ && $3 != "503"' "$WORK/requests" | wc -l)"
