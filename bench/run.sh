#!/usr/bin/env bash
# Request throughput against pgbench, on a province-size dataset (issue #15).
#
#   bench/run.sh [path/to/quarkus-run.jar]          (build first: ./mvnw -B -q -pl backend package -DskipTests)
#
# Starts a private Debian PostgreSQL 15 cluster (apt-get install -y postgresql wrk), loads the province
# (bench/province.py) the first time, then in one run: for every endpoint, pgbench select-only (prepared,
# 4 clients) and right after it the packaged app under wrk (16 connections, after a warm-up), and prints
# the app's requests/s as a ratio to that pgbench figure with p50/p99; creating a task is compared with
# pgbench's TPC-B-like script. Then the open-loop p99 at half the maximum rate, the RSS after the bench
# and the cold start against the external database.
#
# The JIT needs a minute or more of traffic before a request costs what it will cost for good (more
# on a busy machine), so every endpoint first runs WARMUP_ROUNDS times for WARMUP seconds, and the
# app's and PostgreSQL's CPU time per request are printed beside the rates: on a shared machine they
# move less than requests/s do.
#
# Settings (environment): BENCH_HOME (cluster, dataset and results; default /var/tmp/dudao-bench),
# DURATION (seconds of wrk per endpoint, default 10), WARMUP (seconds, default 10), WARMUP_ROUNDS
# (default 3), PGBENCH_SECONDS
# (default 5), ENDPOINTS (names to run, default all), JAVA_OPTS (extra JVM options for the app),
# JFR=1 (a flight recording of each endpoint's measured run, NAME.jfr in the results folder:
# summarise with bench/jfr_summary.py), KEEP=1 (leave PostgreSQL up).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=$(realpath "${1:-$HERE/../backend/target/quarkus-app/quarkus-run.jar}")
BENCH_HOME=${BENCH_HOME:-/var/tmp/dudao-bench}
PGPORT=${PGPORT:-55432}
APP_PORT=${APP_PORT:-18080}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-10}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-3}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-5}
SEED=${SEED:-2023}
PASSWORD=Bench@2023
PGBIN=/usr/lib/postgresql/15/bin
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$BENCH_HOME/results/$STAMP
mkdir -p "$BENCH_HOME" "$OUT"
chmod 755 "$BENCH_HOME"
export PGHOST=127.0.0.1 PGPORT PGUSER=postgres

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
say() { printf '%s\n' "$*" | tee -a "$OUT/summary.txt"; }
APP_PID=
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  if [ "${KEEP:-0}" != 1 ]; then as_postgres "$PGBIN/pg_ctl" -D "$BENCH_HOME/pg" -m fast stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

# ---- PostgreSQL -------------------------------------------------------------------------------------
if [ ! -f "$BENCH_HOME/pg/PG_VERSION" ]; then
  mkdir -p "$BENCH_HOME/pg" "$BENCH_HOME/sock"
  [ "$(id -u)" = 0 ] && chown postgres "$BENCH_HOME/pg" "$BENCH_HOME/sock"
  as_postgres "$PGBIN/initdb" -D "$BENCH_HOME/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >> "$BENCH_HOME/pg/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PGPORT
unix_socket_directories = '$BENCH_HOME/sock'
shared_buffers = 512MB
max_connections = 60
CONF
fi
if ! as_postgres "$PGBIN/pg_ctl" -D "$BENCH_HOME/pg" status >/dev/null 2>&1; then
  as_postgres "$PGBIN/pg_ctl" -D "$BENCH_HOME/pg" -l "$BENCH_HOME/pg/server.log" -w start >/dev/null \
    || { tail -20 "$BENCH_HOME/pg/server.log"; exit 1; }
fi

APP_ENV=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/dudao" QUARKUS_DATASOURCE_USERNAME=postgres
         QUARKUS_DATASOURCE_PASSWORD=bench APP_DATA_DIR="$BENCH_HOME/app" QUARKUS_HTTP_PORT=$APP_PORT
         APP_RATE_LIMIT_ENABLED=false APP_ADMIN_PASSWORD=$PASSWORD APP_AUTH_ACCESS_TOKEN_MINUTES=600)

# CPU time (ms) used so far by the app, and by PostgreSQL's server processes
app_cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$APP_PID/stat"; }
pg_cpu() {
  local postmaster
  postmaster=$(head -1 "$BENCH_HOME/pg/postmaster.pid")
  { echo "$postmaster"; pgrep -P "$postmaster"; } | while read -r p; do cat "/proc/$p/stat" 2>/dev/null; done \
    | awk -v hz="$(getconf CLK_TCK)" '{sum += $14 + $15} END {printf "%d", sum * 1000 / hz}'
}
# Starts the app and sets START_MS to the time from launch to ready.
start_app() {
  local t0
  t0=$(date +%s%N)
  env "${APP_ENV[@]}" java ${JAVA_OPTS:-} -jar "$JAR" > "$OUT/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    curl -sf "localhost:$APP_PORT/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$OUT/app.log"; exit 1; }
    sleep 0.05
  done
  START_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
  START_CPU_MS=$(app_cpu)
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }

# ---- the dataset (once per generator version and seed) ----------------------------------------------
MARK="$BENCH_HOME/loaded-$SEED-$(md5sum "$HERE/province.py" | cut -c1-12)"
if [ ! -f "$MARK" ]; then
  say "loading the province (seed $SEED) ..."
  psql -q -d postgres -c "drop database if exists dudao" -c "create database dudao"
  rm -rf "$BENCH_HOME/app"
  start_app   # Flyway migrates, seeders run, the first-start admin gets the bench password
  stop_app
  HASH=$(psql -Atq -d dudao -c "select password_hash from app_user where username = 'admin'")
  t0=$(date +%s)
  python3 "$HERE/province.py" "$BENCH_HOME/data" --seed "$SEED" --password-hash "$HASH" | tee -a "$OUT/summary.txt"
  t1=$(date +%s)
  (cd "$BENCH_HOME/data" && psql -q -d dudao -f load.sql)
  t2=$(date +%s)
  say "generated in $((t1 - t0)) s, loaded with COPY (+ vacuum analyze) in $((t2 - t1)) s"
  rm -f "$BENCH_HOME"/loaded-*
  touch "$MARK"
fi
if ! psql -Atq -d postgres -c "select 1 from pg_database where datname = 'pgbench'" | grep -q 1; then
  psql -q -d postgres -c "create database pgbench"
  pgbench -q -i -s 10 pgbench >/dev/null 2>&1
fi
# what earlier runs added (created tasks, sign-ins) goes, so every run starts from the same data
psql -q -d dudao <<'SQL'
delete from task_milestone where task_id > 100000;
delete from task where id > 100000;
alter table audit_event disable trigger audit_event_append_only; -- append-only since V9; the bench resets it
delete from audit_event where id > 2000000;
alter table audit_event enable trigger audit_event_append_only;
delete from refresh_token;
delete from idempotency_record;
SQL

# ---- the app ----------------------------------------------------------------------------------------
start_app
COLD_MS=$START_MS
say "# $(date -u '+%Y-%m-%d %H:%M UTC') $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
say "# app $(basename "$(dirname "$JAR")") $(git -C "$HERE" rev-parse --short HEAD 2>/dev/null || true), JAVA_OPTS='${JAVA_OPTS:-}', cold start to ready: ${COLD_MS} ms (${START_CPU_MS} ms of CPU)"
BASE="http://localhost:$APP_PORT"
token() {
  curl -sf -X POST "$BASE/api/v1/auth/login" -H 'content-type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])'
}
CITY_USER=city610500_1     # 渭南市教督办
COUNTY_USER=county610526_1 # 蒲城县教督办
CITY_TOKEN=$(token $CITY_USER)
COUNTY_TOKEN=$(token $COUNTY_USER)
CITY=$(psql -Atq -d dudao -c "select id from organization where code = '610500'")
COUNTY=$(psql -Atq -d dudao -c "select id from organization where code = '610526'")
CITY_PATH=$(psql -Atq -d dudao -c "select path from organization where id = $CITY")
ids() { psql -Atq -d dudao -c "$1 order by md5(x.id::text) limit 500"; }
TASK_IDS=$(ids "select x.id from task x join organization o on o.id = x.assignee_org_id where o.path like '$CITY_PATH%'")
REPORT_IDS=$(ids "select x.id from inspection_report x join organization o on o.id = x.inspecting_org_id where o.path like '$CITY_PATH%'")
FINDING_IDS=$(ids "select x.id from inspection_finding x join inspection_report r on r.id = x.report_id join organization o on o.id = r.inspecting_org_id where o.path like '$CITY_PATH%'")
CASE_IDS=$(ids "select x.id from accountability_case x join organization o on o.id = x.handling_org_id where o.path like '$CITY_PATH%'")
COUNTIES=$(psql -Atq -d dudao -c "select id from organization where parent_id = $CITY order by id" | paste -sd,)

paths() { # prefix ids... -> one path per id
  local prefix=$1; shift
  for id in $*; do echo "$prefix$id"; done
}
pages() { for p in 0 1 2 3 4; do echo "$1&page=$p"; done; }

# name|token|paths (one per line, GET)
declare -A PATHS TOKENS
add() { PATHS[$1]=$3; TOKENS[$1]=$2; ORDER+=("$1"); }
ORDER=()
add me "$CITY_TOKEN" "/api/v1/me"
add task "$CITY_TOKEN" "$(paths /api/v1/tasks/ $TASK_IDS)"
add report "$CITY_TOKEN" "$(paths /api/v1/inspection-reports/ $REPORT_IDS)"
add finding "$CITY_TOKEN" "$(paths /api/v1/findings/ $FINDING_IDS)"
add case "$CITY_TOKEN" "$(paths /api/v1/accountability-cases/ $CASE_IDS)"
add tasks "$CITY_TOKEN" "$(pages '/api/v1/tasks?status=IN_PROGRESS&size=20')"
add reports "$CITY_TOKEN" "$(pages '/api/v1/inspection-reports?type=ROUTINE_VISIT&size=20')"
add findings "$CITY_TOKEN" "$(pages '/api/v1/findings?status=OPEN&size=20')"
add cases "$CITY_TOKEN" "$(pages '/api/v1/accountability-cases?status=CLOSED&size=20')"
add dashboard "$CITY_TOKEN" "/api/v1/stats/overview?orgId=$CITY"
add ledger "$COUNTY_TOKEN" "$(pages "/api/v1/findings?withinOrgId=$COUNTY&size=20")"
ORDER+=(create)

get_script() { # paths-file token -> wrk lua
  { echo "local paths = {"; sed 's/.*/"&",/' "$1"; echo "}"
    echo "wrk.headers[\"Authorization\"] = \"Bearer $2\""
    echo 'local i = 0'
    echo 'request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end'; }
}
create_script() {
  cat <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $CITY_TOKEN"
wrk.headers["Content-Type"] = "application/json"
local counties = {$COUNTIES}
local i = 0
request = function()
  i = i + 1
  local body = '{"title":"基准任务 ' .. i .. '：落实“双减”专项督导整改","category":"SPECIAL","priority":"NORMAL",'
    .. '"assigneeOrgId":' .. counties[(i % #counties) + 1] .. ',"dueDate":"2027-06-30"}'
  return wrk.format(nil, "/api/v1/tasks", nil, body)
end
LUA
}
pgbench_tps() { # extra pgbench args -> tps
  pgbench -n -M prepared -c 4 -j 2 -T "$PGBENCH_SECONDS" "$@" pgbench 2>/dev/null | awk '/^tps/ {print $3; exit}'
}
# wrk's latency lines are like "     50%    1.23ms": in milliseconds
wrk_ms() { awk -v q="$1" '$1 == q {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.1f", v}' "$2"; }

selected() { [ -z "${ENDPOINTS:-}" ] || [[ " $ENDPOINTS " == *" $1 "* ]]; }
# scripts, and a first request each that must succeed
RUN=()
for name in "${ORDER[@]}"; do
  selected "$name" || continue
  if [ "$name" = create ]; then
    create_script > "$OUT/create.lua"
    check=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/api/v1/tasks" -H "Authorization: Bearer $CITY_TOKEN" \
      -H 'content-type: application/json' -d "{\"title\":\"基准任务 检查\",\"category\":\"SPECIAL\",\"assigneeOrgId\":${COUNTIES%%,*}}")
    [ "$check" = 201 ] || { say "create: answered $check"; continue; }
  else
    printf '%s\n' "${PATHS[$name]}" > "$OUT/$name.paths"
    get_script "$OUT/$name.paths" "${TOKENS[$name]}" > "$OUT/$name.lua"
    first=$(head -1 "$OUT/$name.paths")
    check=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$first" -H "Authorization: Bearer ${TOKENS[$name]}")
    [ "$check" = 200 ] || { say "$name: $first answered $check"; continue; }
  fi
  RUN+=("$name")
done
for _ in $(seq 1 "$WARMUP_ROUNDS"); do
  for name in "${RUN[@]}"; do wrk -t2 -c16 -d"${WARMUP}s" -s "$OUT/$name.lua" "$BASE" >/dev/null 2>&1; done
done

say ""
say "$(printf '%-10s %8s %8s %7s %7s %7s %6s %7s %7s  %s' endpoint req/s pgbench ratio p50_ms p99_ms errors app_cpu pg_cpu 'request (cpu: ms per request)')"
MAX_TASK_RATE=0
for name in "${RUN[@]}"; do
  if [ "$name" = create ]; then
    pg=$(pgbench_tps)
    what="POST /api/v1/tasks, ratio to pgbench TPC-B-like"
  else
    pg=$(pgbench_tps -S)
    what="GET $(head -1 "$OUT/$name.paths")"
  fi
  wrk -t2 -c16 -d2s -s "$OUT/$name.lua" "$BASE" >/dev/null 2>&1
  [ "${JFR:-0}" = 1 ] && jcmd "$APP_PID" JFR.start name="$name" settings=profile filename="$OUT/$name.jfr" >/dev/null
  a0=$(app_cpu); p0=$(pg_cpu)
  wrk -t2 -c16 -d"${DURATION}s" --latency -s "$OUT/$name.lua" "$BASE" > "$OUT/$name.wrk" 2>&1
  a1=$(app_cpu); p1=$(pg_cpu)
  [ "${JFR:-0}" = 1 ] && jcmd "$APP_PID" JFR.stop name="$name" >/dev/null
  requests=$(awk '/requests in/ {print $1}' "$OUT/$name.wrk")
  [ "${requests:-0}" -gt 0 ] || { say "$(printf '%-10s no answer within %ss' "$name" "$DURATION")"; continue; }
  rps=$(awk '/^Requests\/sec/ {print $2}' "$OUT/$name.wrk")
  errors=$(awk '/Non-2xx/ {print $5}' "$OUT/$name.wrk")
  say "$(printf '%-10s %8.0f %8.0f %7.3f %7s %7s %6s %7.2f %7.2f  %s' "$name" "$rps" "$pg" "$(echo "$rps / $pg" | bc -l)" \
    "$(wrk_ms 50% "$OUT/$name.wrk")" "$(wrk_ms 99% "$OUT/$name.wrk")" "${errors:-0}" \
    "$(echo "($a1 - $a0) / $requests" | bc -l)" "$(echo "($p1 - $p0) / $requests" | bc -l)" "$what")"
  [ "$name" = task ] && MAX_TASK_RATE=$rps
done

# ---- open loop at half the maximum rate: GET one task -----------------------------------------------
if [ "$MAX_TASK_RATE" != 0 ]; then
  rate=$(echo "$MAX_TASK_RATE / 2" | bc)
  read -r sent ok errs p50 p90 p99 max achieved < <(java "$HERE/OpenLoop.java" "$BASE" "$CITY_TOKEN" "$OUT/task.paths" "$rate" "$DURATION")
  say ""
  say "open loop, GET /tasks/{id} at $rate/s (half of $MAX_TASK_RATE) for ${DURATION}s: p50 ${p50} ms, p90 ${p90} ms, p99 ${p99} ms, max ${max} ms ($ok ok, $errs errors, $achieved/s sent)"
fi

# ---- single requests on the province: dashboard, ledger, the event feed at three depths ------------
timed() { curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $1" "$BASE$2" | awk '{printf "%.0f", $1 * 1000}'; }
say ""
say "single requests (ms, best of 5):"
best() { local b=999999; for _ in 1 2 3 4 5; do t=$(timed "$1" "$2"); [ "$t" -lt "$b" ] && b=$t; done; echo "$b"; }
say "  city dashboard          $(best "$CITY_TOKEN" "/api/v1/stats/overview?orgId=$CITY")"
say "  county ledger, page 0   $(best "$COUNTY_TOKEN" "/api/v1/findings?withinOrgId=$COUNTY&size=20")"
say "  county ledger, page 50  $(best "$COUNTY_TOKEN" "/api/v1/findings?withinOrgId=$COUNTY&size=20&page=50")"
TXID=$(psql -Atq -d dudao -c "select coalesce(txid, 0) from audit_event where id = 1")
for depth in 1 1000000 1990000; do
  say "  event feed after $(printf '%7d' $depth)   $(best "$COUNTY_TOKEN" "/api/v1/events?after=$TXID.$depth&limit=100")"
done

RSS=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
say ""
say "RSS after the bench: $((RSS / 1024)) MB; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
say "results in $OUT"
