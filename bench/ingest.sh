#!/usr/bin/env bash
# Sustained QoS 1 ingest: PatrolGrid against Mosquitto, measured by the same load driver on this machine.
#
#   bench/ingest.sh                      # both halves, defaults below
#   DEVICES=10000 DURATION=60s bench/ingest.sh
#   SKIP_PATROLGRID=1 bench/ingest.sh    # Mosquitto half only
#
# Environment (defaults): DEVICES=1000 RATE=150000 (above what either side sustains here, so both saturate)
# QOS=1 DURATION=30s INFLIGHT=10 BATCH=1 CONNECT_RATE=500 EVENT_LOOPS=(cores) JAVA_OPTS=
# ACK_TIMEOUT=60s (saturated, DEVICES x INFLIGHT messages wait in line, so latency = that / throughput; an ack later
# than this counts as failed and is not counted as acked).
# SKIP_MOSQUITTO=1, SKIP_PATROLGRID=1, READY_TIMEOUT=180 (seconds to wait for PatrolGrid's ready line),
# PATROLGRID_CMD (default: java $JAVA_OPTS -jar tracker/target/patrolgrid.jar; the flags below are appended).
# Only loopback is ever targeted. Every process started here is stopped on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIM_JAR="$ROOT/simulators/target/patrolgrid-sim.jar"
SERVER_JAR="$ROOT/tracker/target/patrolgrid.jar"

DEVICES="${DEVICES:-1000}"
RATE="${RATE:-150000}"
QOS="${QOS:-1}"
DURATION="${DURATION:-30s}"
INFLIGHT="${INFLIGHT:-10}"
ACK_TIMEOUT="${ACK_TIMEOUT:-60s}"
BATCH="${BATCH:-1}"
CONNECT_RATE="${CONNECT_RATE:-500}"
EVENT_LOOPS="${EVENT_LOOPS:-$(nproc)}"
READY_TIMEOUT="${READY_TIMEOUT:-180}"
JAVA_OPTS="${JAVA_OPTS:-}"
PATROLGRID_CMD="${PATROLGRID_CMD:-java $JAVA_OPTS -jar $SERVER_JAR}"
ADMIN_PASSWORD="bench-pass"

WORK="$(mktemp -d -t patrolgrid-bench.XXXXXX)"
MOSQUITTO_PID=""
SERVER_PID=""
MQTT_PORT=""
HTTP_PORT=""

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

cleanup() {
  stop_pid "$SERVER_PID" 60
  stop_pid "$MOSQUITTO_PID" 10
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { # a loopback port nobody listens on
  for ((i = 0; i < 100; i++)); do
    local port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  log "no free port found"
  return 1
}

ensure_mosquitto() {
  command -v mosquitto >/dev/null 2>&1 && return 0
  [[ -x /usr/sbin/mosquitto ]] && return 0
  log "installing mosquitto (Debian package)"
  local sudo=""
  [[ "$(id -u)" -eq 0 ]] || sudo="sudo"
  $sudo apt-get install -y mosquitto >/dev/null 2>&1 || {
    $sudo apt-get update >/dev/null
    $sudo apt-get install -y mosquitto >/dev/null
  }
}

mosquitto_binary() { command -v mosquitto 2>/dev/null || echo /usr/sbin/mosquitto; }

run_driver() { # run_driver ARGS...: prints the summary line, progress goes to stderr
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$SIM_JAR" load --host 127.0.0.1 --devices "$DEVICES" --rate "$RATE" --qos "$QOS" \
    --duration "$DURATION" --inflight "$INFLIGHT" --batch "$BATCH" --connect-rate "$CONNECT_RATE" \
    --event-loops "$EVENT_LOOPS" --ack-timeout "$ACK_TIMEOUT" "$@" | tee -a "$WORK/summaries" | grep '^load summary:'
}

bench_mosquitto() {
  local port version
  port="$(free_port)"
  version="$("$(mosquitto_binary)" -h 2>/dev/null | head -1 || true)"
  cat >"$WORK/mosquitto.conf" <<EOF
listener $port 127.0.0.1
allow_anonymous true
persistence false
max_inflight_messages 0
max_queued_messages 0
EOF
  "$(mosquitto_binary)" -c "$WORK/mosquitto.conf" >"$WORK/mosquitto.log" 2>&1 &
  MOSQUITTO_PID=$!
  wait_for_line "$WORK/mosquitto.log" ' running' "$MOSQUITTO_PID" 10 >/dev/null
  log "== Mosquitto ($version) on 127.0.0.1:$port, anonymous, persistence false"
  log "   note: Mosquitto sends the QoS 1 PUBACK from memory, before any disk write (there is none here);"
  log "   PatrolGrid acks only after the position is committed to PostgreSQL. This is an upper bound, not a peer."
  MOSQUITTO_SUMMARY="$(run_driver --port "$port" --raw-topic 'load/{id}')"
  echo "mosquitto:  $MOSQUITTO_SUMMARY"
  stop_pid "$MOSQUITTO_PID" 10
  MOSQUITTO_PID=""
}

bench_patrolgrid() {
  start_server || return 1
  PATROLGRID_SUMMARY="$(run_driver --port "$MQTT_PORT" --http-port "$HTTP_PORT" --admin-password "$ADMIN_PASSWORD")"
  echo "patrolgrid: $PATROLGRID_SUMMARY"
  stop_pid "$SERVER_PID" 60
  SERVER_PID=""
}

main() {
  MOSQUITTO_SUMMARY=""
  PATROLGRID_SUMMARY=""
  # plain if-statements: set -e does not apply inside a function called from a || list
  if [[ -z "${SKIP_MOSQUITTO:-}" ]]; then ensure_mosquitto; fi
  ensure_jars
  log "bench: devices=$DEVICES rate=$RATE/s qos=$QOS duration=$DURATION inflight=$INFLIGHT batch=$BATCH cores=$(nproc)"
  if [[ -z "${SKIP_MOSQUITTO:-}" ]]; then bench_mosquitto; fi
  if [[ -z "${SKIP_PATROLGRID:-}" ]]; then bench_patrolgrid; fi
  local m p
  m="$(acked_rate "$MOSQUITTO_SUMMARY")"
  p="$(acked_rate "$PATROLGRID_SUMMARY")"
  echo "== sustained QoS $QOS acked rate (devices=$DEVICES, duration=$DURATION, one driver process on the same machine)"
  [[ -z "$m" ]] || echo "mosquitto  acked_rate=${m} msg/s"
  [[ -z "$p" ]] || echo "patrolgrid acked_rate=${p} msg/s"
  if [[ -n "$m" && -n "$p" ]]; then
    awk -v p="$p" -v m="$m" 'BEGIN { if (m > 0) printf "ratio patrolgrid/mosquitto = %.3f\n", p / m }'
  fi
}

main "$@"
