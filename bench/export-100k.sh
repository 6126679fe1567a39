#!/usr/bin/env bash
# Export benchmark: 100,000 tasks pulled as CSV and as .xlsx from the packaged app running with a
# deliberately small heap. If exports held their rows in memory, the JVM would run out of heap.
#
#   bench/export-100k.sh [path/to/quarkus-run.jar]     (build first: ./mvnw -B -DskipTests package)
#
# Needs psql (Debian: postgresql-client) to load the rows straight into the embedded database.
set -euo pipefail
JAR=${1:-backend/target/quarkus-app/quarkus-run.jar}
HEAP=${HEAP:-128m}
ROWS=${ROWS:-100000}
PORT=${PORT:-18090}
WORK=$(mktemp -d)
trap 'kill $(cat "$WORK/pid" 2>/dev/null) 2>/dev/null || true; sleep 3; rm -rf "$WORK"' EXIT

APP_DATA_DIR="$WORK/data" QUARKUS_HTTP_PORT=$PORT APP_RATE_LIMIT_ENABLED=false \
  java -Xmx$HEAP -jar "$JAR" > "$WORK/app.log" 2>&1 &
echo $! > "$WORK/pid"
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
PG_PORT=$(grep -o 'on port [0-9]*' "$WORK/app.log" | head -1 | grep -o '[0-9]*')

PGPASSWORD=$(cat "$WORK/data/keys/db-password") psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v rows="$ROWS" -f "$(dirname "$0")/load-tasks.sql"

TOKEN=$(curl -s -X POST "localhost:$PORT/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"username":"weinan","password":"Demo@2023"}' | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])')

run() {
  local accept=$1 out=$2
  local start end
  start=$(date +%s.%N)
  curl -s -o "$WORK/$out" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H "Accept: $accept" \
    "localhost:$PORT/api/v1/tasks" > "$WORK/status"
  end=$(date +%s.%N)
  local rss
  rss=$(ps -o rss= -p "$(cat "$WORK/pid")" | tr -d ' ')
  printf '%-5s status %s  %6.1f s  %8.1f MB  JVM RSS after %5.0f MB\n' "$out" "$(cat "$WORK/status")" \
    "$(echo "$end - $start" | bc)" "$(echo "$(stat -c %s "$WORK/$out") / 1048576" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
}

echo "heap -Xmx$HEAP, $ROWS inserted tasks (+ demo data)"
run text/csv csv
echo "  CSV lines: $(wc -l < "$WORK/csv")"
run application/vnd.openxmlformats-officedocument.spreadsheetml.sheet xlsx
grep -c OutOfMemoryError "$WORK/app.log" | sed 's/^/  OutOfMemoryError in log: /'
