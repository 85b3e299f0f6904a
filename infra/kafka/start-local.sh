#!/usr/bin/env bash
# Start (or reuse) a single-node Apache Kafka broker in KRaft mode for local
# tests, bound to 127.0.0.1 only. Kafka and its runtime dependencies come from
# Maven Central via `mvn`; no Docker, no apache.org downloads.
#
# stdout: exactly one line, the bootstrap address (e.g. 127.0.0.1:19092).
# stderr: everything else.
#
# See infra/kafka/README.md for the environment variables.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "${SCRIPT_DIR}/../.." && pwd)"

# Kafka 3.9.x is the last release line before 4.0, which removed old protocol
# API versions (KIP-896). kafkajs 2.2.4 (the service's client, unmaintained)
# predates 4.0 and is only known to work with 3.x brokers. This script's
# logging setup (log4j 1.x / reload4j) is also 3.x-specific: 4.x uses log4j2.
KAFKA_VERSION="${KAFKA_VERSION:-3.9.2}"
KAFKA_SCALA_VERSION="${KAFKA_SCALA_VERSION:-2.13}"
# Logging binding that matches Kafka 3.9's own distribution (log4j 1.x API via reload4j).
SLF4J_VERSION="1.7.36"
RELOAD4J_VERSION="1.2.25"
MAVEN_DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

KAFKA_HOST="127.0.0.1" # deliberately not configurable: never bind beyond loopback
KAFKA_PORT="${KAFKA_PORT:-19092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"
KAFKA_CACHE_DIR="${KAFKA_CACHE_DIR:-${HOME}/.cache/delegationsbeslut/kafka-${KAFKA_VERSION}}"
KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-${REPO_ROOT}/.tmp/kafka}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms128m -Xmx512m}"
JAVA="${JAVA:-java}"
MVN="${MVN:-mvn}"
HAVE_JAVAC=0

BOOTSTRAP="${KAFKA_HOST}:${KAFKA_PORT}"
LIB_DIR="${KAFKA_CACHE_DIR}/libs"
COMPLETE_MARKER="${KAFKA_CACHE_DIR}/.complete"
CLASSPATH_GLOB="${LIB_DIR}/*"
LOG_DIR="${KAFKA_DATA_DIR}/logs"
KRAFT_DIR="${KAFKA_DATA_DIR}/kraft-combined-logs"
SERVER_PROPERTIES="${KAFKA_DATA_DIR}/server.properties"
LOG4J_PROPERTIES="${KAFKA_DATA_DIR}/log4j.properties"
TOOLS_LOG4J_PROPERTIES="${KAFKA_DATA_DIR}/tools-log4j.properties"
PID_FILE="${KAFKA_DATA_DIR}/kafka.pid"
SERVER_LOG="${LOG_DIR}/server.log"
STDOUT_LOG="${LOG_DIR}/kafka.out"

log() { printf '[kafka-local] %s\n' "$*" >&2; }
die() {
  log "ERROR: $*"
  exit 1
}

show_log_tail() {
  local f
  for f in "${STDOUT_LOG}" "${SERVER_LOG}"; do
    if [[ -s "${f}" ]]; then
      log "---- last 60 lines of ${f} ----"
      tail -n 60 "${f}" >&2 || true
    fi
  done
}

require_cmd() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' is required but not on PATH"
}

port_open() {
  # bash's /dev/tcp: succeeds if something accepts connections on host:port.
  # shellcheck disable=SC2016 # expanded by the inner bash
  timeout 2 bash -c ': <>"/dev/tcp/$1/$2"' _ "${KAFKA_HOST}" "$1" 2>/dev/null
}

pid_alive() {
  local pid="$1"
  [[ -n "${pid}" ]] && kill -0 "${pid}" 2>/dev/null &&
    tr '\0' ' ' <"/proc/${pid}/cmdline" 2>/dev/null | grep -q 'kafka\.Kafka'
}

read_pid() {
  if [[ -f "${PID_FILE}" ]]; then
    tr -dc '0-9' <"${PID_FILE}"
  fi
}

# Asks the broker for its cluster metadata (a real Kafka round trip, not just
# an open port) and makes sure the group coordinator is up. Java-only, so it
# doesn't depend on node_modules. Prints the cluster id. $1: timeout in ms.
broker_answers() {
  local timeout_ms="$1" secs
  secs=$(((timeout_ms + 999) / 1000 + 15))
  if [[ "${HAVE_JAVAC}" == 1 ]]; then
    timeout "${secs}" "${JAVA}" -Xmx128m -XX:TieredStopAtLevel=1 \
      -Dlog4j.configuration="file:${TOOLS_LOG4J_PROPERTIES}" \
      -cp "${CLASSPATH_GLOB}" "${SCRIPT_DIR}/KafkaLocalCheck.java" \
      "${BOOTSTRAP}" "${timeout_ms}" --warm-groups
  else
    # Fallback: metadata + ApiVersions round trip with a tool that ships in core.
    local out
    out="$(timeout "${secs}" "${JAVA}" -Xmx128m \
      -Dlog4j.configuration="file:${TOOLS_LOG4J_PROPERTIES}" \
      -cp "${CLASSPATH_GLOB}" kafka.admin.BrokerApiVersionsCommand \
      --bootstrap-server "${BOOTSTRAP}" 2>&1)" || return 1
    grep -q -- '-> (' <<<"${out}" || return 1
    echo "unknown"
  fi
}

cache_complete() {
  [[ -f "${COMPLETE_MARKER}" && -d "${LIB_DIR}" ]] || return 1
  local jar
  while IFS= read -r jar; do
    [[ -z "${jar}" ]] && continue
    [[ -s "${LIB_DIR}/${jar}" ]] || return 1
  done <"${COMPLETE_MARKER}"
}

fetch_kafka() {
  if cache_complete; then
    log "using cached Kafka ${KAFKA_VERSION} jars in ${LIB_DIR}"
    return 0
  fi
  require_cmd "${MVN}"
  log "fetching org.apache.kafka:kafka_${KAFKA_SCALA_VERSION}:${KAFKA_VERSION} and its runtime dependencies from Maven Central..."
  mkdir -p "${KAFKA_CACHE_DIR}"
  local work
  work="$(mktemp -d "${KAFKA_CACHE_DIR}/.fetch.XXXXXX")"
  cat >"${work}/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.delegationsbeslut</groupId>
  <artifactId>kafka-local-runtime</artifactId>
  <version>${KAFKA_VERSION}</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka_${KAFKA_SCALA_VERSION}</artifactId>
      <version>${KAFKA_VERSION}</version>
    </dependency>
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-reload4j</artifactId>
      <version>${SLF4J_VERSION}</version>
    </dependency>
    <dependency>
      <groupId>ch.qos.reload4j</groupId>
      <artifactId>reload4j</artifactId>
      <version>${RELOAD4J_VERSION}</version>
    </dependency>
  </dependencies>
</project>
EOF
  # mvn's output goes to a file (its -q mode still emits colour codes) and is
  # shown only when it fails.
  if ! "${MVN}" -B -q -Dstyle.color=never -f "${work}/pom.xml" \
    "${MAVEN_DEPENDENCY_PLUGIN}:copy-dependencies" \
    -DincludeScope=runtime -DoutputDirectory="${work}/libs" >"${work}/mvn.log" 2>&1; then
    tail -n 40 "${work}/mvn.log" >&2 || true
    rm -rf "${work}"
    die "mvn could not fetch Kafka ${KAFKA_VERSION} (is Maven Central reachable?)"
  fi
  [[ -s "${work}/libs/kafka_${KAFKA_SCALA_VERSION}-${KAFKA_VERSION}.jar" ]] ||
    die "mvn finished but kafka_${KAFKA_SCALA_VERSION}-${KAFKA_VERSION}.jar is missing in ${work}/libs"
  rm -rf "${LIB_DIR}"
  mv "${work}/libs" "${LIB_DIR}"
  mv "${work}/pom.xml" "${KAFKA_CACHE_DIR}/pom.xml"
  rm -rf "${work}"
  (cd "${LIB_DIR}" && ls -1 -- *.jar) >"${COMPLETE_MARKER}.tmp"
  mv "${COMPLETE_MARKER}.tmp" "${COMPLETE_MARKER}"
  log "cached $(wc -l <"${COMPLETE_MARKER}") jars ($(du -sh "${LIB_DIR}" | cut -f1)) in ${LIB_DIR}"
}

write_config() {
  mkdir -p "${LOG_DIR}" "${KRAFT_DIR}"
  cat >"${SERVER_PROPERTIES}" <<EOF
# Generated by infra/kafka/start-local.sh -- edits are overwritten on start.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@${KAFKA_HOST}:${KAFKA_CONTROLLER_PORT}
listeners=PLAINTEXT://${KAFKA_HOST}:${KAFKA_PORT},CONTROLLER://${KAFKA_HOST}:${KAFKA_CONTROLLER_PORT}
advertised.listeners=PLAINTEXT://${KAFKA_HOST}:${KAFKA_PORT}
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
log.dirs=${KRAFT_DIR}

num.partitions=1
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
# One partition instead of 50: the first consumer group comes up much faster.
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
auto.create.topics.enable=true
delete.topic.enable=true
group.initial.rebalance.delay.ms=0

num.network.threads=2
num.io.threads=4
log.retention.hours=24
EOF

  cat >"${LOG4J_PROPERTIES}" <<EOF
log4j.rootLogger=INFO, file
log4j.appender.file=org.apache.log4j.FileAppender
log4j.appender.file.File=${SERVER_LOG}
log4j.appender.file.Append=true
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.kafka.log.LogCleaner=WARN
log4j.logger.state.change.logger=WARN
log4j.logger.org.apache.kafka.storage.internals.log=WARN
EOF

  cat >"${TOOLS_LOG4J_PROPERTIES}" <<EOF
log4j.rootLogger=ERROR, stderr
log4j.appender.stderr=org.apache.log4j.ConsoleAppender
log4j.appender.stderr.Target=System.err
log4j.appender.stderr.layout=org.apache.log4j.PatternLayout
log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n
EOF
}

format_storage() {
  if [[ -f "${KRAFT_DIR}/meta.properties" ]]; then
    log "storage already formatted ($(grep '^cluster.id=' "${KRAFT_DIR}/meta.properties" || true))"
    return 0
  fi
  local cluster_id
  cluster_id="$("${JAVA}" -Dlog4j.configuration="file:${TOOLS_LOG4J_PROPERTIES}" \
    -cp "${CLASSPATH_GLOB}" kafka.tools.StorageTool random-uuid | tail -n 1)"
  [[ -n "${cluster_id}" ]] || die "StorageTool random-uuid printed nothing"
  log "formatting ${KRAFT_DIR} with cluster id ${cluster_id}"
  "${JAVA}" -Dlog4j.configuration="file:${TOOLS_LOG4J_PROPERTIES}" \
    -cp "${CLASSPATH_GLOB}" kafka.tools.StorageTool format \
    --config "${SERVER_PROPERTIES}" --cluster-id "${cluster_id}" --ignore-formatted >&2
}

start_broker() {
  log "starting Kafka ${KAFKA_VERSION} on ${BOOTSTRAP} (controller ${KAFKA_HOST}:${KAFKA_CONTROLLER_PORT}), logs in ${LOG_DIR}"
  # shellcheck disable=SC2086 # KAFKA_HEAP_OPTS is a list of JVM flags
  nohup "${JAVA}" ${KAFKA_HEAP_OPTS} \
    -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    -Djava.net.preferIPv4Stack=true \
    -Dkafka.logs.dir="${LOG_DIR}" \
    -Dlog4j.configuration="file:${LOG4J_PROPERTIES}" \
    -cp "${CLASSPATH_GLOB}" kafka.Kafka "${SERVER_PROPERTIES}" \
    </dev/null >>"${STDOUT_LOG}" 2>&1 9>&- &
  echo "$!" >"${PID_FILE}"
}

# Prints the cluster id once the broker answers.
wait_until_ready() {
  local pid="$1" deadline=$((SECONDS + KAFKA_START_TIMEOUT)) left
  while ((SECONDS < deadline)); do
    if ! pid_alive "${pid}"; then
      show_log_tail
      rm -f "${PID_FILE}"
      die "Kafka (pid ${pid}) exited during startup"
    fi
    if port_open "${KAFKA_PORT}"; then
      left=$((deadline - SECONDS))
      if ((left > 0)) && broker_answers $((left * 1000)); then
        return 0
      fi
    fi
    sleep 0.5
  done
  show_log_tail
  die "Kafka did not become ready on ${BOOTSTRAP} within ${KAFKA_START_TIMEOUT}s (pid ${pid} left running; stop it with infra/kafka/stop-local.sh)"
}

# Warn when the broker on the port is not the one whose data lives in KAFKA_DATA_DIR.
check_cluster_id() {
  local answered="$1" expected=""
  if [[ -f "${KRAFT_DIR}/meta.properties" ]]; then
    expected="$(sed -n 's/^cluster.id=//p' "${KRAFT_DIR}/meta.properties")"
  fi
  if [[ -n "${expected}" && "${answered}" != "unknown" && "${answered}" != "${expected}" ]]; then
    log "WARNING: broker on ${BOOTSTRAP} has cluster id ${answered}, but ${KRAFT_DIR} was formatted with ${expected}"
  fi
  return 0
}

main() {
  if [[ "${KAFKA_VERSION}" != 3.9.* ]]; then
    log "WARNING: KAFKA_VERSION=${KAFKA_VERSION}: only 3.9.x is supported here (4.x broker logs would be lost)"
  fi
  require_cmd "${JAVA}"
  require_cmd timeout
  # The readiness probe uses the single-file source launcher, which needs
  # jdk.compiler (a JDK, not just a JRE); without it fall back to a core tool.
  if "${JAVA}" --list-modules 2>/dev/null | grep -q '^jdk\.compiler@'; then HAVE_JAVAC=1; else HAVE_JAVAC=0; fi
  mkdir -p "${KAFKA_DATA_DIR}"

  # Serialise concurrent invocations (e.g. parallel test workers) on one data dir.
  if command -v flock >/dev/null 2>&1; then
    exec 9>"${KAFKA_DATA_DIR}/.start.lock"
    flock -w $((KAFKA_START_TIMEOUT + 600)) 9 || die "timed out waiting for another start-local.sh"
  fi

  fetch_kafka
  # The tools' log4j config must exist before any Java tool runs (also on reuse).
  [[ -f "${TOOLS_LOG4J_PROPERTIES}" ]] || write_config

  local pid cluster_id
  pid="$(read_pid)"
  if [[ -n "${pid}" ]] && pid_alive "${pid}"; then
    log "Kafka from a previous run is running (pid ${pid}); checking it answers on ${BOOTSTRAP}"
    cluster_id="$(wait_until_ready "${pid}")"
    check_cluster_id "${cluster_id}"
    log "reusing running broker (pid ${pid})"
    printf '%s\n' "${BOOTSTRAP}"
    return 0
  fi
  if [[ -n "${pid}" ]]; then
    log "removing stale pid file (pid ${pid} is not running)"
  fi
  rm -f "${PID_FILE}"

  if port_open "${KAFKA_PORT}"; then
    if cluster_id="$(broker_answers 10000)"; then
      check_cluster_id "${cluster_id}"
      log "a Kafka broker without a pid file in ${KAFKA_DATA_DIR} already answers on ${BOOTSTRAP}; reusing it"
      printf '%s\n' "${BOOTSTRAP}"
      return 0
    fi
    die "port ${KAFKA_PORT} is in use by something that is not a Kafka broker; set KAFKA_PORT to another port"
  fi
  if port_open "${KAFKA_CONTROLLER_PORT}"; then
    die "controller port ${KAFKA_CONTROLLER_PORT} is in use; set KAFKA_CONTROLLER_PORT to another port"
  fi

  write_config
  format_storage
  local started=${SECONDS}
  start_broker
  pid="$(read_pid)"
  cluster_id="$(wait_until_ready "${pid}")"
  check_cluster_id "${cluster_id}"
  log "Kafka is ready on ${BOOTSTRAP} (pid ${pid}, $((SECONDS - started))s)"
  printf '%s\n' "${BOOTSTRAP}"
}

main "$@"
