#!/usr/bin/env bash
# Slow export readers against list latency: GET /api/v1/tasks p99 measured idle, then while 10 export
# clients read CSV at a crawl through small receive buffers (bench/slow-reader.py; refused ones retry
# after Retry-After). An export holds a database connection and a worker thread for as long as its
# reader takes, so unlimited slow readers would eat the pool; with the limits (2 per caller, 4 in all)
# the list must stay within 2x its idle p99. Idle and loaded runs alternate for ROUNDS rounds and the
# medians are compared, so drift in the machine's load affects both sides alike.
#
#   bench/export-slow-readers.sh [path/to/quarkus-run.jar]     (build first: ./mvnw -B -DskipTests package)
#
# Needs wrk and psql (Debian: apt-get install -y wrk postgresql-client). Knobs: ROWS (tasks loaded),
# SLOW_CLIENTS, RATE (bytes/s per slow reader), SETTLE (s the readers run before measuring), DURATION
# (s per latency run), CONNECTIONS (wrk), ROUNDS. APP_EXPORTS_MAX_PER_CALLER / APP_EXPORTS_MAX_CONCURRENT
# pass through to the app (e.g. 100 to compare against no effective limit).
set -euo pipefail
JAR=${1:-backend/target/quarkus-app/quarkus-run.jar}
BENCH=$(cd "$(dirname "$0")" && pwd)
PORT=${PORT:-18092}
ROWS=${ROWS:-120000}
SLOW_CLIENTS=${SLOW_CLIENTS:-10}
RATE=${RATE:-16384}
SETTLE=${SETTLE:-10}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-4}
ROUNDS=${ROUNDS:-3}
WORK=$(mktemp -d)
SLOW_PIDS=()

stop_slow_clients() {
  touch "$WORK/stop"
  for pid in "${SLOW_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  SLOW_PIDS=()
  sleep 2 # the service notices the closed connections and gives the export places back
}
trap 'stop_slow_clients; kill $(cat "$WORK/pid" 2>/dev/null) 2>/dev/null || true; sleep 3; rm -rf "$WORK"' EXIT

APP_DATA_DIR="$WORK/data" QUARKUS_HTTP_PORT=$PORT APP_RATE_LIMIT_ENABLED=false \
  java -Xmx512m -jar "$JAR" > "$WORK/app.log" 2>&1 &
echo $! > "$WORK/pid"
for _ in $(seq 1 180); do curl -sf "localhost:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
PG_PORT=$(grep -o 'on port [0-9]*' "$WORK/app.log" | head -1 | grep -o '[0-9]*')
sql() { PGPASSWORD=$(cat "$WORK/data/keys/db-password") psql -qAt -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres "$@"; }

sql -v rows="$ROWS" -f "$BENCH/load-tasks.sql"

token() {
  curl -s -X POST "localhost:$PORT/api/v1/auth/login" -H 'content-type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"Demo@2023\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])'
}
LIST_TOKEN=$(token weinan)
EXPORTERS=(admin weinan leader pucheng fuping)
declare -A TOKENS
for user in "${EXPORTERS[@]}"; do TOKENS[$user]=$(token "$user"); done

p99() { # wrk's 99th percentile in milliseconds, and how many requests failed (non-2xx or no answer in 10 s)
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -H "Authorization: Bearer $LIST_TOKEN" \
    "http://localhost:$PORT/api/v1/tasks?size=20" > "$WORK/wrk.txt"
  python3 - "$WORK/wrk.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", text).groups()
failed = sum(int(x) for pair in re.findall(r"Non-2xx or 3xx responses: (\d+)|timeout (\d+)", text) for x in pair if x)
print(round(float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit], 2), failed)
PY
}

running_exports() { # transactions open for more than a second: only exports stay open that long
  sql -c "select count(*) from pg_stat_activity where state in ('active', 'idle in transaction')
          and backend_type = 'client backend' and now() - xact_start > interval '1 second'"
}

p99 > /dev/null # warm-up
IDLE_RUNS=() LOADED_RUNS=() FAILED=0
for round in $(seq 1 "$ROUNDS"); do
  read -r idle idle_failed < <(p99)
  rm -f "$WORK/stop" "$WORK/attempts"
  for n in $(seq 1 "$SLOW_CLIENTS"); do
    user=${EXPORTERS[$(( (n - 1) % ${#EXPORTERS[@]} ))]}
    python3 "$BENCH/slow-reader.py" "$PORT" "${TOKENS[$user]}" "$RATE" "$WORK/stop" "$WORK/attempts" &
    SLOW_PIDS+=($!)
  done
  sleep "$SETTLE"
  ( for _ in $(seq 1 "$DURATION"); do running_exports; sleep 1; done ) > "$WORK/running" &
  counter=$! # before the process substitution below, which sets $! again
  read -r loaded loaded_failed < <(p99)
  wait "$counter" || true
  stop_slow_clients
  IDLE_RUNS+=("$idle") LOADED_RUNS+=("$loaded") FAILED=$((FAILED + idle_failed + loaded_failed))
  echo "  round $round: idle p99 $idle ms ($idle_failed failed), with slow readers $loaded ms ($loaded_failed failed);" \
    "exports running: at most $(sort -n "$WORK/running" | tail -1)," \
    "attempts: $(sort "$WORK/attempts" | uniq -c | awk '{printf "%s×%s ", $1, $2}')"
done

echo "GET /api/v1/tasks?size=20 ($CONNECTIONS connections, ${DURATION} s per run) with $ROWS tasks;" \
  "$SLOW_CLIENTS slow export readers at $RATE bytes/s, measured after $SETTLE s"
python3 - "${IDLE_RUNS[*]}" "${LOADED_RUNS[*]}" "$FAILED" <<'PY'
import statistics, sys
idle = statistics.median(float(x) for x in sys.argv[1].split())
loaded = statistics.median(float(x) for x in sys.argv[2].split())
failed = int(sys.argv[3])
print(f"  median p99: idle {idle:.1f} ms, with slow readers {loaded:.1f} ms, ratio {loaded / idle:.2f} (limit 2.00), "
      f"{failed} list requests failed: " + ("PASS" if loaded <= 2 * idle and failed == 0 else "FAIL"))
PY
