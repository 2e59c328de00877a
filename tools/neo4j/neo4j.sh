#!/usr/bin/env bash
# neo4j.sh start|stop|status|restart|classpath - a local Neo4j Community 5.26
# server without Docker: jars from Maven Central (via mvn), embedded in
# Neo4jLauncher.java, Bolt only on 127.0.0.1, auth off. See README.md.
#
# Environment:
#   NEO4J_PORT           Bolt port (default 7687)
#   NEO4J_DATA           data directory; relative paths are taken from the
#                        repository root (default .neo4j/run)
#   NEO4J_HEAP           JVM max heap (default 768m)
#   NEO4J_PAGECACHE      page cache (default 64m)
#   NEO4J_START_TIMEOUT  seconds to wait for Bolt (default 180)
#   NEO4J_STOP_TIMEOUT   seconds to wait after SIGTERM before SIGKILL (default 60)
#   NEO4J_EXTRA_CONF     extra Neo4j settings, "name=value" separated by
#                        spaces, e.g. "db.transaction.timeout=60s"
#   NEO4J_JIT            c1 (default: C1 compiler only, half the CPU of a
#                        test run on 2 cores) or full (C1+C2, for long runs)
#   NEO4J_JAVA_OPTS      extra JVM options
#   JAVA                 java command (default: $JAVA_HOME/bin/java, java on
#                        PATH or a JDK under /usr/lib/jvm, the first of
#                        version 17 to 21; javac must be beside it)
#   MVN                  mvn command (default: mvn on PATH)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="$here/target"

port="${NEO4J_PORT:-7687}"
data="${NEO4J_DATA:-.neo4j/run}"
case "$data" in /*) ;; *) data="$root/$data" ;; esac
heap="${NEO4J_HEAP:-768m}"
pagecache="${NEO4J_PAGECACHE:-64m}"
extra_conf="${NEO4J_EXTRA_CONF:-}"
java_opts="${NEO4J_JAVA_OPTS:-}"
start_timeout="${NEO4J_START_TIMEOUT:-180}"
stop_timeout="${NEO4J_STOP_TIMEOUT:-60}"
java="${JAVA:-}"
mvn="${MVN:-mvn}"
uri="bolt://127.0.0.1:$port"
pidfile="$data/neo4j.pid"
logfile="$data/neo4j.log"

log() { printf 'neo4j.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

case "${NEO4J_JIT:-c1}" in
c1) java_opts="-XX:TieredStopAtLevel=1 $java_opts" ;;
full) ;;
*) die "NEO4J_JIT must be c1 or full" ;;
esac

case "$port" in '' | *[!0-9]*) die "NEO4J_PORT must be a number, got '$port'" ;; esac

# bolt_ok succeeds when a Bolt server answers the handshake on $port: the
# magic 0x6060B017 plus four version proposals (5.0-5.8, 4.4, 4.3, 4.2), to
# which it replies with the 4-byte chosen version. Any other listener fails.
bolt_ok() {
	local reply
	reply="$(timeout 3 bash -c '
		exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
		printf "\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x00\x04\x04\x00\x00\x03\x04\x00\x00\x02\x04" >&3
		dd bs=4 count=1 <&3 2>/dev/null | od -An -tx1
	' _ "$port" 2>/dev/null)" || return 1
	reply="${reply//[[:space:]]/}"
	[[ ${#reply} -eq 8 && $reply == 0000* && $reply != 00000000 ]]
}

# port_open succeeds when anything accepts TCP connections on $port.
port_open() {
	timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$port" 2>/dev/null
}

# launcher_pid prints the pid from $pidfile if that process is alive and is
# our launcher on $port.
launcher_pid() {
	local pid cmd
	[[ -f $pidfile ]] || return 1
	pid="$(cat "$pidfile" 2>/dev/null)" || return 1
	[[ $pid =~ ^[0-9]+$ ]] || return 1
	kill -0 "$pid" 2>/dev/null || return 1
	cmd="$(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
	grep -qx Neo4jLauncher <<<"$cmd" || return 1
	grep -qx -- "-Dneo4j.port=$port" <<<"$cmd" || return 1
	echo "$pid"
}

# find_launcher sets found_pid to the launcher serving $port, pid file or
# not, and pidfile to its pid file (in its own data directory).
found_pid=""
find_launcher() {
	local p cmd
	if found_pid="$(launcher_pid)"; then
		return 0
	fi
	found_pid=""
	for p in /proc/[0-9]*; do
		cmd="$(tr '\0' '\n' <"$p/cmdline" 2>/dev/null)" || continue
		grep -qx -- "-Dneo4j.port=$port" <<<"$cmd" || continue
		grep -qx Neo4jLauncher <<<"$cmd" || continue
		found_pid="${p#/proc/}"
		pidfile="$(sed -n 's/^-Dneo4j.data=//p' <<<"$cmd")/neo4j.pid"
		return 0
	done
	return 1
}

# java_major prints the major version of the java command $1.
java_major() {
	"$1" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'
}

# pick_java sets java to a JDK that Neo4j 5.26 runs on (17 to 21) with
# javac beside it, unless JAVA names one.
pick_java() {
	if [[ -n $java ]]; then
		command -v "$java" >/dev/null 2>&1 || die "JAVA=$java not found"
		java="$(readlink -f "$(command -v "$java")")"
		return 0
	fi
	local c v seen=""
	local cands=()
	[[ -n ${JAVA_HOME:-} ]] && cands+=("$JAVA_HOME/bin/java")
	command -v java >/dev/null 2>&1 && cands+=("$(readlink -f "$(command -v java)")")
	cands+=(/usr/lib/jvm/*17*/bin/java /usr/lib/jvm/*21*/bin/java /usr/lib/jvm/*/bin/java)
	for c in "${cands[@]}"; do
		[[ -x $c && -x ${c%/java}/javac ]] || continue
		v="$(java_major "$c")"
		seen+=" $c($v)"
		if [[ $v =~ ^[0-9]+$ ]] && ((v >= 17 && v <= 21)); then
			java="$c"
			return 0
		fi
	done
	die "Neo4j 5.26 needs a JDK 17 to 21 (java and javac); found:${seen:- none}. Install openjdk-17-jdk-headless or set JAVA."
}

sha() { sha256sum "$@" | sha256sum | cut -c1-16; }

# with_lock FILE CMD... runs CMD holding an exclusive lock on FILE (when
# flock exists), so concurrent starts do not resolve, compile or spawn twice.
with_lock() {
	local file=$1
	shift
	mkdir -p "$target"
	if command -v flock >/dev/null 2>&1; then
		(
			flock -w 900 9 || die "timed out waiting for $file"
			"$@"
		) 9>"$file"
	else
		"$@"
	fi
}

# resolve writes target/classpath.txt (and target/classpath.key) unless it
# is current for pom.xml and every jar in it still exists.
resolve() {
	local key cp jar ok=1
	key="$(sha "$here/pom.xml")"
	if [[ -f $target/classpath.txt && -f $target/classpath.key && "$(cat "$target/classpath.key")" == "$key" ]]; then
		IFS=: read -r -a cp <"$target/classpath.txt" || true
		for jar in "${cp[@]}"; do
			[[ -f $jar ]] || { ok=0; break; }
		done
		[[ $ok == 1 ]] && return 0
	fi
	command -v "$mvn" >/dev/null 2>&1 || die "mvn not found (install Maven 3.8+ or set MVN)"
	log "resolving Neo4j jars with Maven (first time only; ~150 MB into ~/.m2)..."
	local t0=$SECONDS
	if ! "$mvn" -B -q -f "$here/pom.xml" dependency:build-classpath \
		-Dmdep.outputFile="$target/classpath.tmp" -Dmdep.includeScope=runtime </dev/null >"$target/mvn.log" 2>&1; then
		tail -n 40 "$target/mvn.log" >&2
		die "mvn dependency:build-classpath failed (log: $target/mvn.log)"
	fi
	mv "$target/classpath.tmp" "$target/classpath.txt"
	echo "$key" >"$target/classpath.key"
	rm -f "$target/classes.key"
	log "resolved in $((SECONDS - t0)) s"
}

# compile builds target/classes/Neo4jLauncher.class unless it is current.
compile() {
	local key
	key="$(sha "$here/Neo4jLauncher.java" "$target/classpath.key")"
	if [[ -f $target/classes/Neo4jLauncher.class && -f $target/classes.key && "$(cat "$target/classes.key")" == "$key" ]]; then
		return 0
	fi
	rm -rf "$target/classes"
	mkdir -p "$target/classes"
	"${java%/java}/javac" -nowarn -d "$target/classes" -cp "$(cat "$target/classpath.txt")" "$here/Neo4jLauncher.java" >&2 ||
		die "javac Neo4jLauncher.java failed"
	echo "$key" >"$target/classes.key"
}

prepare() {
	resolve
	compile
}

cmd_classpath() {
	pick_java
	with_lock "$target/.lock" prepare
	echo "$target/classes:$(cat "$target/classpath.txt")"
}

# terminate sends SIGTERM to pid $1, waits up to $2 seconds, then SIGKILL.
terminate() {
	local pid=$1 deadline=$((SECONDS + $2))
	kill -TERM "$pid" 2>/dev/null || return 0
	while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
		sleep 0.2
	done
	if kill -0 "$pid" 2>/dev/null; then
		log "pid $pid still alive after $2 s; sending SIGKILL"
		kill -KILL "$pid" 2>/dev/null || true
		sleep 0.5
	fi
}

cmd_status() {
	if bolt_ok; then
		echo "$uri"
		return 0
	fi
	log "no Neo4j answers on $uri"
	return 1
}

# spawn starts the launcher in the background and writes $pidfile, unless a
# launcher for $port is already running or Bolt already answers.
spawn() {
	local pid other settings=() kv
	if pid="$(launcher_pid)"; then
		log "launcher $pid is already starting on port $port; waiting for it"
		return 0
	fi
	bolt_ok && return 0
	port_open && die "port $port is taken by something that is not Neo4j/Bolt"
	if other="$(cat "$pidfile" 2>/dev/null)" && [[ $other =~ ^[0-9]+$ ]] &&
		tr '\0' '\n' <"/proc/$other/cmdline" 2>/dev/null | grep -qx Neo4jLauncher; then
		die "$data is in use by launcher pid $other ($(tr '\0' '\n' <"/proc/$other/cmdline" | grep -- '^-Dneo4j.port=')); each instance needs its own NEO4J_DATA"
	fi
	with_lock "$target/.lock" prepare
	for kv in $extra_conf; do
		[[ $kv == *=* ]] || die "NEO4J_EXTRA_CONF: '$kv' is not name=value"
		settings+=("-Dneo4j.setting.$kv")
	done
	mkdir -p "$data"
	echo "=== $(date -u +%FT%TZ) start port=$port heap=$heap pagecache=$pagecache" >>"$logfile"
	# setsid: own session, so a Ctrl-C in the caller's terminal or the end
	# of `make` does not reach it; stdin from /dev/null (no TTY); fd 9 (the
	# lock) closed so that the server does not hold it.
	setsid "$java" \
		-Xms128m -Xmx"$heap" \
		-XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+ExitOnOutOfMemoryError \
		-XX:MaxDirectMemorySize=256m -Xss1m \
		--add-opens=java.base/java.nio=ALL-UNNAMED \
		--add-opens=java.base/java.io=ALL-UNNAMED \
		--add-opens=java.base/java.lang=ALL-UNNAMED \
		--add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
		--add-exports=java.base/sun.nio.ch=ALL-UNNAMED \
		--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED \
		-Dio.netty.tryReflectionSetAccessible=true \
		-Djdk.nio.maxCachedBufferSize=1024 \
		-Dlog4j2.disable.jmx=true \
		-Dfile.encoding=UTF-8 \
		$java_opts \
		-Dneo4j.port="$port" -Dneo4j.data="$data" -Dneo4j.pagecache="$pagecache" \
		"${settings[@]}" \
		-cp "$target/classes:$(cat "$target/classpath.txt")" \
		Neo4jLauncher </dev/null >>"$logfile" 2>&1 9>&- &
	pid=$!
	echo "$pid" >"$pidfile"
	# Hold the start lock until the child is java, so that a concurrent
	# start recognises it (launcher_pid) instead of spawning a second one.
	local i
	for ((i = 0; i < 100; i++)); do
		tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep -qx Neo4jLauncher && break
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.05
	done
	log "started launcher pid $pid (log: $logfile)"
}

cmd_start() {
	local pid
	if bolt_ok; then
		log "Neo4j already answers on $uri; not starting another"
		echo "$uri"
		return 0
	fi
	pick_java
	with_lock "$target/start-$port.lock" spawn
	# Not launcher_pid: just after the fork, the child's command line may not
	# be java's yet.
	pid="$(cat "$pidfile" 2>/dev/null)" || pid=""
	if ! [[ $pid =~ ^[0-9]+$ ]] || ! kill -0 "$pid" 2>/dev/null; then
		if bolt_ok; then
			log "Neo4j already answers on $uri; not starting another"
			echo "$uri"
			return 0
		fi
		log "Neo4j exited at once; last lines of $logfile:"
		tail -n 40 "$logfile" >&2 || true
		return 1
	fi
	local deadline=$((SECONDS + start_timeout))
	while ((SECONDS < deadline)); do
		if ! kill -0 "$pid" 2>/dev/null; then
			log "Neo4j exited before it was ready; last lines of $logfile:"
			tail -n 40 "$logfile" >&2 || true
			[[ "$(cat "$pidfile" 2>/dev/null)" == "$pid" ]] && rm -f "$pidfile"
			return 1
		fi
		if bolt_ok && awk '/^=== /{r=0} /^neo4j ready/{r=1} END{exit !r}' "$logfile" 2>/dev/null; then
			log "ready on $uri"
			echo "$uri"
			return 0
		fi
		sleep 0.5
	done
	log "Neo4j did not answer on $uri within ${start_timeout}s; last lines of $logfile:"
	tail -n 40 "$logfile" >&2 || true
	log "stopping launcher $pid"
	terminate "$pid" 20
	rm -f "$pidfile"
	return 1
}

cmd_stop() {
	local pid
	if ! find_launcher; then
		rm -f "$pidfile"
		if bolt_ok; then
			die "something answers on $uri but it is not a launcher of this script; not stopping it"
		fi
		log "no Neo4j launcher for port $port; nothing to stop"
		return 0
	fi
	pid="$found_pid"
	terminate "$pid" "$stop_timeout"
	rm -f "$pidfile"
	log "stopped pid $pid (port $port)"
}

case "${1:-}" in
start) cmd_start ;;
stop) cmd_stop ;;
status) cmd_status ;;
restart) cmd_stop && cmd_start ;;
classpath) cmd_classpath ;;
*)
	echo "usage: NEO4J_PORT=7687 NEO4J_DATA=.neo4j/run $0 start|stop|status|restart|classpath" >&2
	exit 2
	;;
esac
