#!/usr/bin/env bash
# A real single-node Apache Kafka broker (KRaft: broker and controller in one process) on 127.0.0.1, from Maven
# Central jars: no Docker, no other download.
#   scripts/kafka.sh start [--clean]  starts the broker on the data of its last run (topics, records, committed
#                            offsets), or on a freshly formatted data directory the first time or with --clean
#                            (which deletes every topic), waits until it serves, and prints its bootstrap address
#                            (127.0.0.1:9092) as the last line
#   scripts/kafka.sh stop    stops it (SIGTERM, a clean shutdown); its data stays for the next start
#   scripts/kafka.sh status  prints the address if it runs, exits 1 otherwise
# SLUICE_KAFKA_PORT (default 9092; the controller takes the next port) and SLUICE_KAFKA_DIR change where it runs.
# SLUICE_KAFKA_DIR (classpath, configuration, data, broker.log) defaults to a directory of this checkout's own,
# /tmp/sluice-kafka-<checksum of the checkout's path>, so two checkouts never share or wipe each other's data.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${SLUICE_KAFKA_PORT:-9092}"
CONTROLLER_PORT=$((PORT + 1))
DIR="${SLUICE_KAFKA_DIR:-/tmp/sluice-kafka-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)}"
PID_FILE="$DIR/kafka.pid"

running() {
  [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

port_taken() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
  local clean=false
  case "${1:-}" in
    "") ;;
    --clean) clean=true ;;
    *) echo "kafka: unknown option $1; usage: scripts/kafka.sh start [--clean]" >&2; exit 2 ;;
  esac
  if running; then
    if $clean; then
      echo "kafka: running (pid $(cat "$PID_FILE")): scripts/kafka.sh stop first, then start --clean" >&2
      exit 1
    fi
    echo "kafka: already running (pid $(cat "$PID_FILE"), directory $DIR)" >&2
    echo "127.0.0.1:$PORT"
    return 0
  fi
  for p in "$PORT" "$CONTROLLER_PORT"; do
    if port_taken "$p"; then
      echo "kafka: port $p on 127.0.0.1 is taken by another process; stop it or set SLUICE_KAFKA_PORT" >&2
      exit 1
    fi
  done
  mkdir -p "$DIR"
  if [[ ! -s "$DIR/cp.txt" ]] || [[ "$ROOT/scripts/kafka/pom.xml" -nt "$DIR/cp.txt" ]] || [[ "$ROOT/pom.xml" -nt "$DIR/cp.txt" ]]; then
    echo "kafka: resolving the broker's jars from Maven Central (once)..." >&2
    (cd "$ROOT/scripts/kafka" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.outputFile="$DIR/cp.txt" -Dmdep.includeScope=runtime) >&2
  fi
  cat > "$DIR/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DIR/data
num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  cat > "$DIR/log4j2.properties" <<'PROPS'
rootLogger.level=INFO
rootLogger.appenderRef.stdout.ref=STDOUT
appender.stdout.type=Console
appender.stdout.name=STDOUT
appender.stdout.layout.type=PatternLayout
appender.stdout.layout.pattern=[%d] %p %m (%c)%n
PROPS
  local cp uuid
  cp="$(cat "$DIR/cp.txt")"
  if $clean; then
    rm -rf "$DIR/data"
  fi
  if [[ -f "$DIR/data/meta.properties" ]]; then
    echo "kafka: starting on the data of the last run in $DIR/data (start --clean deletes it)" >&2
  else
    rm -rf "$DIR/data"
    uuid="$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)"
    java -Dlog4j2.configurationFile="$DIR/log4j2.properties" -cp "$cp" kafka.tools.StorageTool format -t "$uuid" \
      -c "$DIR/server.properties" > "$DIR/format.log" 2>&1 || { cat "$DIR/format.log" >&2; exit 1; }
    echo "kafka: formatted an empty data directory $DIR/data" >&2
  fi
  : > "$DIR/broker.log"
  nohup java -Xms256m -Xmx512m -Dlog4j2.configurationFile="$DIR/log4j2.properties" -cp "$cp" kafka.Kafka \
    "$DIR/server.properties" > "$DIR/broker.log" 2>&1 &
  echo $! > "$PID_FILE"
  for _ in $(seq 1 600); do
    if grep -q "Kafka Server started" "$DIR/broker.log"; then
      echo "kafka: broker started (pid $(cat "$PID_FILE"), log $DIR/broker.log)" >&2
      echo "127.0.0.1:$PORT"
      return 0
    fi
    if ! running; then
      echo "kafka: the broker exited during start-up; the end of $DIR/broker.log:" >&2
      tail -20 "$DIR/broker.log" >&2
      rm -f "$PID_FILE"
      exit 1
    fi
    sleep 0.1
  done
  echo "kafka: the broker did not start within 60 s; see $DIR/broker.log" >&2
  stop
  exit 1
}

stop() {
  if ! running; then
    echo "kafka: not running" >&2
    rm -f "$PID_FILE"
    return 0
  fi
  local pid
  pid="$(cat "$PID_FILE")"
  kill "$pid"
  for _ in $(seq 1 300); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      echo "kafka: stopped" >&2
      return 0
    fi
    sleep 0.1
  done
  echo "kafka: the broker did not stop within 30 s; killing it" >&2
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop ;;
  status)
    if running; then echo "127.0.0.1:$PORT"; else echo "kafka: not running (directory $DIR)" >&2; exit 1; fi ;;
  *) echo "usage: scripts/kafka.sh start [--clean]|stop|status" >&2; exit 2 ;;
esac
