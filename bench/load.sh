#!/usr/bin/env bash
# Bounded load test on loopback: the production server (npm start's scripts/serve.ts) on the
# sample articles, 64 connections for 30 s at a time against GET /api/events and against an event
# permalink, alternating (API, page, API, page, API) so that memory growth would show, with wrk
# (Debian: apt-get install wrk). Prints requests/s, latency percentiles, errors (non-2xx/3xx
# answers and socket errors) and the server's resident memory before and after each run.
# wrk's client timeout is raised from 2 s to 10 s: with 64 connections on a server that does
# ~30 ms of CPU per answer, queueing alone puts latency near 2 s, and a request wrk gives up on
# is not an error of the server; latency is reported as measured.
#   LOAD_PORT (3203)  LOAD_DURATION (30s)  LOAD_CONNECTIONS (64)  LOAD_THREADS (2)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

PORT=${LOAD_PORT:-3203}
DURATION=${LOAD_DURATION:-30s}
CONNECTIONS=${LOAD_CONNECTIONS:-64}
THREADS=${LOAD_THREADS:-2}
DB=.data/load.db
BASE=http://127.0.0.1:$PORT

export NEXT_TELEMETRY_DISABLED=1
PORT=$PORT DATABASE_URL=file:./$DB node_modules/.bin/tsx scripts/start.ts > .data/load-server.log 2>&1 &
STARTER=$!
cleanup() { kill "$STARTER" 2>/dev/null || true; wait "$STARTER" 2>/dev/null || true; }
trap cleanup EXIT

for _ in $(seq 1 600); do curl -sf "$BASE/api/events?limit=1" >/dev/null && break; sleep 1; done
curl -sf "$BASE/api/events?limit=1" >/dev/null || { echo "server did not start; see .data/load-server.log" >&2; exit 1; }
SERVER_PID=$(ss -ltnpH "sport = :$PORT" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
rss() { awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$SERVER_PID/status"; }

EVENT_PATH=$(curl -sf "$BASE/api/events?limit=1&from=2022-02-07" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const e=JSON.parse(s).events[0];console.log(`/events/${e.id}/${e.slug}`)})')

echo "commit $(git rev-parse --short HEAD), $(nproc) cores, $(node --version), $(date -u +%Y-%m-%dT%H:%MZ), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server pid $SERVER_PID; $(curl -sf "$BASE/api/events?limit=500" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).events.length + (JSON.parse(s).nextCursor ? "+" : "") + " events in the database"))')"

# Warm up (code paths loaded, caches filled), so "before" is the steady state.
wrk -t1 -c8 -d5s "$BASE/api/events" >/dev/null
wrk -t1 -c8 -d5s "$BASE$EVENT_PATH" >/dev/null

run() {
  local label=$1 url=$2
  local before; before=$(rss)
  echo
  echo "## $label: GET $url, $CONNECTIONS connections, $DURATION"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "$BASE$url" | grep -E "Requests/sec|requests in|Non-2xx|Socket errors|^ +(50|75|90|99)%"
  echo "RSS before $before, after $(rss)"
}

run "API (1)" "/api/events"
run "event page (1)" "$EVENT_PATH"
run "API (2)" "/api/events"
run "event page (2)" "$EVENT_PATH"
run "API (3)" "/api/events"
echo
echo "errors in the server log: $(grep -ciE 'error|SQLITE_BUSY' .data/load-server.log || true); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
