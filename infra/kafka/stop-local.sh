#!/usr/bin/env bash
# Stop the local Kafka broker started by infra/kafka/start-local.sh.
# Succeeds when nothing is running.
#
#   infra/kafka/stop-local.sh           # SIGTERM, wait, then SIGKILL
#   infra/kafka/stop-local.sh --clean   # ... and remove KAFKA_DATA_DIR
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "${SCRIPT_DIR}/../.." && pwd)"

KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-${REPO_ROOT}/.tmp/kafka}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
PID_FILE="${KAFKA_DATA_DIR}/kafka.pid"
SERVER_PROPERTIES="${KAFKA_DATA_DIR}/server.properties"

log() { printf '[kafka-local] %s\n' "$*" >&2; }

usage() {
  echo "usage: $0 [--clean]" >&2
  echo "  --clean  also remove the data dir (${KAFKA_DATA_DIR})" >&2
}

clean=0
for arg in "$@"; do
  case "${arg}" in
  --clean) clean=1 ;;
  -h | --help)
    usage
    exit 0
    ;;
  *)
    usage
    exit 2
    ;;
  esac
done

# True if pid is a live kafka.Kafka process (guards against a recycled pid).
is_kafka() {
  local pid="$1"
  [[ -n "${pid}" ]] && kill -0 "${pid}" 2>/dev/null &&
    tr '\0' ' ' <"/proc/${pid}/cmdline" 2>/dev/null | grep -q 'kafka\.Kafka'
}

# Fallback when the pid file is gone: the kafka.Kafka process that runs with
# this data dir's server.properties (exact path match, nothing broader).
find_by_cmdline() {
  local d pid cmd
  for d in /proc/[0-9]*; do
    pid="${d#/proc/}"
    cmd="$(tr '\0' ' ' <"${d}/cmdline" 2>/dev/null || true)"
    if [[ "${cmd}" == *" kafka.Kafka ${SERVER_PROPERTIES}"* ]]; then
      echo "${pid}"
    fi
  done
}

stop_pid() {
  local pid="$1" deadline
  log "stopping Kafka (pid ${pid}) with SIGTERM"
  kill -TERM "${pid}" 2>/dev/null || true
  deadline=$((SECONDS + KAFKA_STOP_TIMEOUT))
  while is_kafka "${pid}" && ((SECONDS < deadline)); do
    sleep 0.5
  done
  if is_kafka "${pid}"; then
    log "Kafka (pid ${pid}) still running after ${KAFKA_STOP_TIMEOUT}s; sending SIGKILL"
    kill -KILL "${pid}" 2>/dev/null || true
    deadline=$((SECONDS + 10))
    while kill -0 "${pid}" 2>/dev/null && ((SECONDS < deadline)); do
      sleep 0.2
    done
  fi
  if kill -0 "${pid}" 2>/dev/null && is_kafka "${pid}"; then
    log "ERROR: could not stop Kafka (pid ${pid})"
    return 1
  fi
  log "Kafka (pid ${pid}) stopped"
}

pids=()
if [[ -f "${PID_FILE}" ]]; then
  pid="$(tr -dc '0-9' <"${PID_FILE}")"
  if is_kafka "${pid}"; then
    pids+=("${pid}")
  else
    log "pid file ${PID_FILE} is stale (pid ${pid:-?} is not a running Kafka)"
  fi
fi
if ((${#pids[@]} == 0)); then
  while IFS= read -r pid; do
    if [[ -n "${pid}" ]]; then pids+=("${pid}"); fi
  done < <(find_by_cmdline)
fi

if ((${#pids[@]} == 0)); then
  log "no local Kafka broker running for ${KAFKA_DATA_DIR}"
else
  for pid in "${pids[@]}"; do
    stop_pid "${pid}"
  done
fi
rm -f "${PID_FILE}"

if ((clean)); then
  case "${KAFKA_DATA_DIR%/}" in
  "" | "/" | "${HOME%/}" | "${REPO_ROOT}")
    log "ERROR: refusing to remove KAFKA_DATA_DIR=${KAFKA_DATA_DIR}"
    exit 1
    ;;
  esac
  log "removing ${KAFKA_DATA_DIR}"
  rm -rf "${KAFKA_DATA_DIR}"
fi
