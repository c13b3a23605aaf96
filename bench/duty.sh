#!/usr/bin/env bash
# Duty benchmark: ingest with every device on an active shift, against ingest alone, on one PatrolGrid server.
#
#   bench/duty.sh                                  # defaults below, about 6-9 minutes on 2 cores
#   DEVICES=2000 GRIDS=2000 DURATION=20s bench/duty.sh
#   PHASES="A" bench/duty.sh                       # ingest-only phase alone
#
# Phase A "ingest-only": DEVICES devices with no shift, the load driver at saturation (QoS 1)   -> acked rate A
#                        (A and B each after a WARMUP run of the same load that is not measured: JIT and caches
#                        for A; for B also the activation of each device's shift at its first fix)
# Phase B "duty":        GRIDS unit grids of 100 m imported (POST /api/v1/zones), DEVICES other devices each with a
#                        shift covering now on its own patrol area (POST /api/v1/shifts), the same load driver
#                        settings, every position inside the device's area (--positions-from)  -> acked rate B
#                        Target: B >= 0.8 A.
# Phase C "alert latency": the phase-B devices at half of B's rate in the background, while `alert-latency` publishes
#                        one mock-flagged fix from each of PROBE_SAMPLES fresh probe devices (each on its own shift,
#                        connected before the background load starts, then settled while it ramps up) and times
#                        the suspicious_location alert on GET /api/v1/live/stream. Target: p99 < 100 ms.
#
# Environment (defaults): DEVICES=10000 GRIDS=10000 RATE=150000 (above what the server sustains: saturation)
# DURATION=30s QOS=1 INFLIGHT=20000/DEVICES (1..10) BATCH=1 CONNECT_RATE=500 EVENT_LOOPS=(cores) LANES=32 (parallel HTTP requests
# while provisioning) PROBE_SAMPLES=200 PROBE_INTERVAL=100ms PROBE_TIMEOUT=10s C_DURATION=180s (upper bound of the
# background load in phase C; it is stopped when the probe ends) WARMUP=20s PHASES="A B C" READY_TIMEOUT=180 JAVA_OPTS=
# SERVER_JAVA_OPTS= PATROLGRID_CMD (default: java $SERVER_JAVA_OPTS -jar tracker/target/patrolgrid.jar)
# PROBE_SAMPLES_OUT= (a file: the probe's samples as CSV, send time and PUBACK and alert latency of each).
# PROBE_WARMUP=50 (samples sent first, the same way, and not counted: the first alerts of a fresh server also time the
# JIT compiling its alert path; their figures are printed as "phase C warm-up") PROBE_EVENTS=alert (what the probe's
# live stream asks for, ?events=; it is a viewer of the probe district, so it never sees the load's devices anyway)
# Only loopback is ever targeted. Every process started here is stopped on exit; the data dir is a fresh temp dir.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIM_JAR="$ROOT/simulators/target/patrolgrid-sim.jar"
SERVER_JAR="$ROOT/tracker/target/patrolgrid.jar"

DEVICES="${DEVICES:-10000}"
GRIDS="${GRIDS:-$DEVICES}"
RATE="${RATE:-150000}"
QOS="${QOS:-1}"
DURATION="${DURATION:-30s}"
# About 20,000 messages in flight in total: deeper queues only add latency, and past the driver's 10 s ack timeout
# they turn into failures (10,000 devices x 10 in flight queued about 9 s at 11k msg/s).
INFLIGHT="${INFLIGHT:-$(((DEVICES >= 20000) ? 1 : (20000 / DEVICES > 10 ? 10 : 20000 / DEVICES)))}"
BATCH="${BATCH:-1}"
CONNECT_RATE="${CONNECT_RATE:-500}"
EVENT_LOOPS="${EVENT_LOOPS:-$(nproc)}"
LANES="${LANES:-32}"
PROBE_SAMPLES="${PROBE_SAMPLES:-200}"
PROBE_INTERVAL="${PROBE_INTERVAL:-100ms}"
PROBE_TIMEOUT="${PROBE_TIMEOUT:-10s}"
PROBE_SAMPLES_OUT="${PROBE_SAMPLES_OUT:-}"
PROBE_WARMUP="${PROBE_WARMUP:-50}"
PROBE_EVENTS="${PROBE_EVENTS:-alert}"
C_DURATION="${C_DURATION:-180s}"
WARMUP="${WARMUP:-20s}"
PHASES="${PHASES:-A B C}"
READY_TIMEOUT="${READY_TIMEOUT:-180}"
JAVA_OPTS="${JAVA_OPTS:-}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS:-}"
PATROLGRID_CMD="${PATROLGRID_CMD:-java $SERVER_JAVA_OPTS -jar $SERVER_JAR}"
ADMIN_PASSWORD="bench-pass"

WORK="$(mktemp -d -t patrolgrid-duty.XXXXXX)"
SERVER_PID=""
LOAD_PID=""
PROBE_PID=""
MQTT_PORT=""
HTTP_PORT=""

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

cleanup() {
  stop_pid "$PROBE_PID" 20
  stop_pid "$LOAD_PID" 20
  stop_pid "$SERVER_PID" 60
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

sim() { # sim COMMAND ARGS...: the simulators jar
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$SIM_JAR" "$@"
}

setup() { # setup LABEL ARGS...: duty-setup against the server, with progress on stderr
  local label="$1"
  shift
  log "-- provisioning $label"
  if ! sim duty-setup --http-port "$HTTP_PORT" --admin-password "$ADMIN_PASSWORD" --lanes "$LANES" "$@" >&2; then
    log "provisioning $label failed (see the line above). Phases B and C need POST /api/v1/zones and"
    log "POST /api/v1/shifts (CONTRACT §3); a 404 there means this server build does not have them yet."
    return 1
  fi
}

run_load() { # run_load RATE DURATION ARGS...: the summary line on stdout, progress on stderr
  local rate="$1" duration="$2"
  shift 2
  sim load --host 127.0.0.1 --port "$MQTT_PORT" --devices "$DEVICES" --rate "$rate" --qos "$QOS" \
    --duration "$duration" --inflight "$INFLIGHT" --batch "$BATCH" --connect-rate "$CONNECT_RATE" \
    --event-loops "$EVENT_LOOPS" "$@" | tee -a "$WORK/summaries" | grep '^load summary:'
}

server_counters() { # the server's alert and drop counters from /metrics (a duty world in order opens few alerts)
  curl -sf --max-time 10 "http://127.0.0.1:$HTTP_PORT/metrics" \
    | grep -E '^patrolgrid_(alerts_opened|pipeline_dropped|live_dropped|positions_rejected)' | sed 's/^/  /' || true
}

phase_a() {
  log "== phase A: ingest only ($DEVICES devices, no shifts)"
  setup "phase A devices" --devices "$DEVICES" --id-prefix load- --write-credentials "$WORK/ingest.csv" || return 1
  if [[ "$WARMUP" != "0" && "$WARMUP" != "0s" ]]; then
    log "-- warm-up ($WARMUP, not measured): a cold server would make phase A look slower than phase B"
    run_load "$RATE" "$WARMUP" --credentials "$WORK/ingest.csv" >/dev/null || return 1
  fi
  SUMMARY_A="$(run_load "$RATE" "$DURATION" --credentials "$WORK/ingest.csv")" || return 1
  echo "phase A ingest-only: $SUMMARY_A"
}

phase_b() {
  log "== phase B: duty ($DEVICES devices, each on an active shift over its own area of $GRIDS unit grids)"
  setup "phase B zones, devices and shifts" --devices "$DEVICES" --grids "$GRIDS" --id-prefix duty- \
    --write-credentials "$WORK/duty.csv" --write-positions "$WORK/duty-positions.csv" || return 1
  if [[ "$WARMUP" != "0" && "$WARMUP" != "0s" ]]; then
    log "-- warm-up ($WARMUP, not measured): each device's first fix on a shift activates that shift"
    run_load "$RATE" "$WARMUP" --credentials "$WORK/duty.csv" --positions-from "$WORK/duty-positions.csv" \
      >/dev/null || return 1
  fi
  SUMMARY_B="$(run_load "$RATE" "$DURATION" --credentials "$WORK/duty.csv" \
    --positions-from "$WORK/duty-positions.csv")" || return 1
  echo "phase B duty:        $SUMMARY_B"
  echo "server counters after phase B:"
  server_counters
}

phase_c() {
  local b half
  b="$(acked_rate "$SUMMARY_B")"
  [[ -n "$b" ]] || { log "phase C needs phase B's rate"; return 1; }
  half="$(awk -v b="$b" 'BEGIN { printf "%.0f", b / 2 }')"
  log "== phase C: alert latency with the phase-B devices at $half msg/s (half of B) in the background"
  # The probe connects its devices first (new devices connecting under load is not what is timed), then settles
  # while the background load connects and ramps up, then samples.
  local settle=$((DEVICES / ${CONNECT_RATE%.*} + 20))
  java $JAVA_OPTS -jar "$SIM_JAR" alert-latency --port "$MQTT_PORT" --http-port "$HTTP_PORT" \
    --admin-password "$ADMIN_PASSWORD" --samples "$PROBE_SAMPLES" --warmup "$PROBE_WARMUP" --interval "$PROBE_INTERVAL" \
    --timeout "$PROBE_TIMEOUT" --lanes "$LANES" --settle "${settle}s" \
    --events "$PROBE_EVENTS" ${PROBE_SAMPLES_OUT:+--samples-out "$PROBE_SAMPLES_OUT"} >"$WORK/probe.out" 2>"$WORK/probe.err" &
  PROBE_PID=$!
  wait_for_line "$WORK/probe.err" '^alert-latency settling' "$PROBE_PID" 300 >/dev/null || return 1
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$SIM_JAR" load --host 127.0.0.1 --port "$MQTT_PORT" --devices "$DEVICES" --rate "$half" \
    --qos "$QOS" --duration "$C_DURATION" --inflight "$INFLIGHT" --batch "$BATCH" --connect-rate "$CONNECT_RATE" \
    --event-loops "$EVENT_LOOPS" --credentials "$WORK/duty.csv" --positions-from "$WORK/duty-positions.csv" \
    >"$WORK/load-c.out" 2>"$WORK/load-c.err" &
  LOAD_PID=$!
  wait_for_line "$WORK/load-c.err" '^load connected' "$LOAD_PID" 300 >&2 || return 1
  if grep -q '^alert-latency sampling' "$WORK/probe.err"; then
    log "the probe began sampling before the background load was connected (raise the settle time)"
  fi
  local status=0
  wait "$PROBE_PID" || status=$?
  PROBE_PID=""
  grep -v '^alert-latency connect\|^duty-setup' "$WORK/probe.err" >&2 || true
  SUMMARY_C="$(grep '^alert-latency summary:' "$WORK/probe.out" || true)"
  if ! kill -0 "$LOAD_PID" 2>/dev/null; then
    log "the background load ended before the probe did (raise C_DURATION); its rate did not cover the probe"
  fi
  stop_pid "$LOAD_PID" 20
  LOAD_PID=""
  echo "phase C background:  target $half msg/s; its last progress lines, while the probe ran:"
  grep '^load progress:' "$WORK/load-c.err" | tail -4 | sed 's/^/  /' || true
  echo "phase C probe:       ${SUMMARY_C:-no summary}"
  grep '^alert-latency warm-up' "$WORK/probe.err" | sed 's/^alert-latency /phase C /' || true
  echo "server counters after phase C:"
  server_counters
  return "$status"
}

report() {
  local a b
  a="$(acked_rate "${SUMMARY_A:-}")"
  b="$(acked_rate "${SUMMARY_B:-}")"
  echo "== duty benchmark (devices=$DEVICES grids=$GRIDS duration=$DURATION qos=$QOS inflight=$INFLIGHT" \
    "batch=$BATCH cores=$(nproc), server and drivers on this machine)"
  [[ -z "$a" ]] || echo "A ingest-only acked_rate=${a} msg/s"
  [[ -z "$b" ]] || echo "B duty        acked_rate=${b} msg/s"
  if [[ -n "$a" && -n "$b" ]]; then
    awk -v a="$a" -v b="$b" 'BEGIN { if (a > 0) printf "B/A = %.3f (target >= 0.8: %s)\n", b / a, ((b / a >= 0.8) ? "met" : "NOT met") }'
  fi
  if [[ -n "${SUMMARY_C:-}" ]]; then
    local p99
    p99="$(sed -n 's/.* p99=\([0-9.]*\)ms .*/\1/p' <<<"$SUMMARY_C")"
    [[ -z "$p99" ]] || awk -v p="$p99" 'BEGIN { printf "C alert p99 = %s ms (target < 100 ms: %s)\n", p, ((p < 100) ? "met" : "NOT met") }'
  fi
}

main() {
  SUMMARY_A=""
  SUMMARY_B=""
  SUMMARY_C=""
  ensure_jars
  log "duty bench: devices=$DEVICES grids=$GRIDS rate=$RATE/s duration=$DURATION phases='$PHASES' cores=$(nproc)"
  start_server
  local status=0
  # functions called from a || list run without set -e: each checks its own steps
  if [[ " $PHASES " == *" A "* ]]; then phase_a || status=$?; fi
  if [[ $status -eq 0 && " $PHASES " == *" B "* ]]; then phase_b || status=$?; fi
  if [[ $status -eq 0 && " $PHASES " == *" C "* ]]; then phase_c || status=$?; fi
  report
  return "$status"
}

main "$@"
