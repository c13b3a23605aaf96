# Shared helpers of the bench scripts: sourced, not run. Expects ROOT, SIM_JAR, SERVER_JAR and PATROLGRID_CMD set.

log() { printf '%s\n' "$*" >&2; }

stop_pid() { # stop_pid PID SECONDS: SIGTERM, then SIGKILL after SECONDS
  local pid="$1" wait_s="$2"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < wait_s * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.1
  done
  log "process $pid did not stop within ${wait_s}s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

wait_for_line() { # wait_for_line FILE PATTERN PID SECONDS: prints the first matching line
  local file="$1" pattern="$2" pid="$3" wait_s="$4" line
  for ((i = 0; i < wait_s * 10; i++)); do
    if line="$(grep -m1 -E "$pattern" "$file" 2>/dev/null)"; then
      echo "$line"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { log "process $pid exited; its output:"; tail -20 "$file" >&2; return 1; }
    sleep 0.1
  done
  log "timed out after ${wait_s}s waiting for /$pattern/ in $file"
  return 1
}

ensure_jars() { # builds the jars unless they are there (the server jar only when PATROLGRID_CMD runs it)
  local need=("$SIM_JAR")
  [[ -n "${SKIP_PATROLGRID:-}" || "$PATROLGRID_CMD" != *"$SERVER_JAR"* ]] || need+=("$SERVER_JAR")
  for jar in "${need[@]}"; do
    if [[ ! -f "$jar" ]]; then
      log "building jars (mvn -q -B -DskipTests package)"
      (cd "$ROOT" && mvn -q -B -DskipTests package)
      return 0
    fi
  done
}

acked_rate() { sed -n 's/.* acked_rate=\([0-9.]*\)msg\/s.*/\1/p' <<<"$1"; }

start_server() { # starts PatrolGrid on free ports in $WORK/data; sets SERVER_PID, MQTT_PORT, HTTP_PORT
  local ready
  mkdir -p "$WORK/data"
  # shellcheck disable=SC2086
  $PATROLGRID_CMD --mqtt-port 0 --http-port 0 --data-dir "$WORK/data" \
    --admin-password "$ADMIN_PASSWORD" >"$WORK/patrolgrid.out" 2>"$WORK/patrolgrid.err" &
  SERVER_PID=$!
  if ! ready="$(wait_for_line "$WORK/patrolgrid.out" '^patrolgrid ready mqtt=[0-9]+ http=[0-9]+' "$SERVER_PID" \
    "$READY_TIMEOUT")"; then
    log "PatrolGrid did not get ready; the end of its stderr:"
    tail -20 "$WORK/patrolgrid.err" >&2
    return 1
  fi
  MQTT_PORT="$(sed -n 's/.*mqtt=\([0-9]*\).*/\1/p' <<<"$ready")"
  HTTP_PORT="$(sed -n 's/.*http=\([0-9]*\).*/\1/p' <<<"$ready")"
  log "== PatrolGrid on 127.0.0.1 mqtt=$MQTT_PORT http=$HTTP_PORT, data dir $WORK/data (QoS 1 PUBACK after the PostgreSQL commit)"
}
