#!/usr/bin/env bash
# Run a throw-away Virtuoso 7 on 127.0.0.1 in its own database folder (see docs/other-servers.md).
#
#   scripts/virtuoso.sh start DIR          write DIR/virtuoso.ini (first time), start, wait
#   scripts/virtuoso.sh load DIR FILE.nq   bulk-load N-Quads/TriG/Turtle (ld_dir + rdf_loader_run)
#   scripts/virtuoso.sh grant-update DIR   let the anonymous SPARQL user write (GSP, SPARQL Update)
#   scripts/virtuoso.sh isql DIR [SQL]     run SQL as dba (stdin when no SQL is given)
#   scripts/virtuoso.sh url DIR            print the SPARQL endpoint URL
#   scripts/virtuoso.sh stop DIR           shut down (checkpoint), then kill if still running
#
# Needs the Debian package virtuoso-opensource-7-bin (virtuoso-t, isql-vt); it installs no
# system instance and this script never touches /etc or /var/lib/virtuoso-opensource-7.
# Both ports are bound to 127.0.0.1 only. Ports: $VIRTUOSO_SQL_PORT / $VIRTUOSO_HTTP_PORT, else
# free ones picked at the first start and kept in DIR/virtuoso.ini. The dba password is the
# stock "dba": acceptable only because nothing listens beyond loopback and DIR is temporary.
set -euo pipefail

VIRTUOSO_T=${VIRTUOSO_T:-virtuoso-t}
PYTHON=${PYTHON:-python3}  # only for picking free ports and polling the endpoint
ISQL=${ISQL:-isql-vt}

die() { echo "virtuoso.sh: $*" >&2; exit 2; }

free_port() {
    "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

ini_value() {  # ini_value DIR SECTION KEY -> value (port numbers without the host)
    awk -v sec="[$2]" -v key="$3" '
        /^\[/ { cur = $0 }
        cur == sec && $1 == key { sub(/^[^=]*=[ \t]*/, ""); sub(/^.*:/, ""); print; exit }
    ' "$1/virtuoso.ini"
}

sql_port() { ini_value "$1" Parameters ServerPort; }
http_port() { ini_value "$1" HTTPServer ServerPort; }

write_ini() {
    local dir=$1 sql=${VIRTUOSO_SQL_PORT:-$(free_port)} http=${VIRTUOSO_HTTP_PORT:-$(free_port)}
    mkdir -p "$dir/load"
    cat > "$dir/virtuoso.ini" <<EOF
; written by scripts/virtuoso.sh for a temporary, loopback-only instance
[Database]
DatabaseFile       = $dir/virtuoso.db
ErrorLogFile       = $dir/virtuoso.log
LockFile           = $dir/virtuoso.lck
TransactionFile    = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $dir/virtuoso-temp.db
TransactionFile    = $dir/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort            = 127.0.0.1:$sql
DisableUnixSocket     = 1
MaxClientConnections  = 10
CheckpointInterval    = 60
; about 80 MB of buffers (8 KB pages); raise for the full corpus (see docs/other-servers.md)
NumberOfBuffers       = 10000
MaxDirtyBuffers       = 6000
ThreadsPerQuery       = 2
DirsAllowed           = ., $dir, $dir/load
DefaultIsolation      = 2

[HTTPServer]
ServerPort            = 127.0.0.1:$http
ServerRoot            = $dir
MaxClientConnections  = 10
ServerThreads         = 10
EnabledDavVSP         = 0
HTTPProxyEnabled      = 0

[SPARQL]
; the stock 10000 silently truncates SELECT results
ResultSetMaxRows           = 10000000
MaxConstructTriples        = 10000000
; 0: never refuse a query on the optimiser's cost estimate (600 refused armed-groups on the
; 602-text build: "estimated execution time 3397 (sec) exceeds the limit")
MaxQueryCostEstimationTime = 0
; seconds of execution allowed per query
MaxQueryExecutionTime      = 300
DefaultQuery               = select distinct ?g where { graph ?g { ?s ?p ?o } }
DeferInferenceRulesInit    = 0
EOF
}

isql() {  # isql DIR SQL...
    local dir=$1; shift
    "$ISQL" "127.0.0.1:$(sql_port "$dir")" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF \
        ERRORS=STDOUT "$@"
}

wait_http() {  # wait until the SPARQL endpoint answers
    local url="http://127.0.0.1:$(http_port "$1")/sparql" deadline=$((SECONDS + ${2:-60}))
    until "$PYTHON" - "$url" <<'EOF' 2>/dev/null
import sys, urllib.request, urllib.parse
q = urllib.parse.urlencode({"query": "ASK {}"})
urllib.request.urlopen(sys.argv[1] + "?" + q, timeout=2).read()
EOF
    do
        [ $SECONDS -lt $deadline ] || die "no answer from $url (see $1/virtuoso.log)"
        sleep 0.1
    done
}

cmd=${1:-}
[ $# -ge 2 ] || die "usage: $0 start|load|grant-update|isql|url|stop DIR [...]"
mkdir -p "$2"
dir=$(cd "$2" && pwd)
shift 2

case $cmd in
start)
    command -v "$VIRTUOSO_T" >/dev/null || die "$VIRTUOSO_T not found (apt-get install virtuoso-opensource-7-bin)"
    [ -f "$dir/virtuoso.ini" ] || write_ini "$dir"
    if [ -f "$dir/virtuoso.lck" ] && kill -0 "$(sed -n 's/^VIRT_PID=//p' "$dir/virtuoso.lck")" 2>/dev/null; then
        die "already running in $dir"
    fi
    # no +foreground: virtuoso-t detaches; +wait returns once the database is initialised
    (cd "$dir" && "$VIRTUOSO_T" +configfile "$dir/virtuoso.ini" +wait) >"$dir/start.out" 2>&1 \
        || { cat "$dir/start.out" >&2; die "virtuoso-t failed (see $dir/virtuoso.log)"; }
    wait_http "$dir" 60
    echo "http://127.0.0.1:$(http_port "$dir")/sparql"
    ;;
load)
    [ $# -eq 1 ] && [ -f "$1" ] || die "load wants one existing file"
    file=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
    mkdir -p "$dir/load"
    rm -f "$dir"/load/*
    ln -s "$file" "$dir/load/$(basename "$file")"
    # quads keep their graph; the IRI below is only for triples without one
    out=$(isql "$dir" <<EOF
DELETE FROM DB.DBA.load_list;
ld_dir('$dir/load', '*', 'urn:unsc-graph:default');
rdf_loader_run();
checkpoint;
EOF
)
    if grep -q '\*\*\*' <<<"$out"; then echo "$out" >&2; die "load failed"; fi
    # a file that does not parse is skipped (none of its quads loaded): report it
    errors=$(isql "$dir" EXEC="SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")
    if grep -q '[^[:space:]]' <<<"$errors"; then echo "$errors" >&2; die "load failed"; fi
    ;;
grant-update)
    isql "$dir" <<'EOF'
GRANT SPARQL_UPDATE TO "SPARQL";
GRANT EXECUTE ON DB.DBA.L_O_LOOK TO "SPARQL";
EOF
    ;;
isql)
    if [ $# -ge 1 ]; then isql "$dir" EXEC="$*"; else isql "$dir"; fi
    ;;
url)
    echo "http://127.0.0.1:$(http_port "$dir")/sparql"
    ;;
stop)
    [ -f "$dir/virtuoso.ini" ] || die "no virtuoso.ini in $dir"
    pid=$(sed -n 's/^VIRT_PID=//p' "$dir/virtuoso.lck" 2>/dev/null || true)
    isql "$dir" -K >/dev/null 2>&1 || true
    if [ -n "$pid" ]; then
        for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$pid" 2>/dev/null; then kill "$pid"; sleep 1; fi
        if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fi
    fi
    ;;
*)
    die "unknown command $cmd"
    ;;
esac
