#!/usr/bin/env bash
# Load figure for the admission webhook over HTTPS on this machine, next to a trivial Kestrel HTTPS echo of a body of
# the same size, measured in the same run: admissions per second and p50/p99 latency for
#   inject       POST /inject, metrics on (the default)
#   inject-nomet POST /inject, Injector:Telemetry:Metrics=false
#   echo         POST /echo on bench/Injector.EchoBaseline (same TLS setup), the same body echoed back
# Everything listens on 127.0.0.1 only; every process started here is stopped on exit.
#
# Knobs (environment): CONNECTIONS (16), THREADS (2), DURATION (20s), WARMUP (5s), ROUNDS (1: each round measures
# every target once, in turn, so a busy neighbour on the machine shows as disagreement between rounds),
# BODY (bench/load/admission-review.json), KEEP_WORK=1 keeps the build output and server logs.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
duration=${DURATION:-20s}
warmup=${WARMUP:-5s}
rounds=${ROUNDS:-1}
body=$(realpath "${BODY:-$root/bench/load/admission-review.json}")

work=$(mktemp -d "${TMPDIR:-/tmp}/injector-load.XXXXXX")
pids=()

cleanup() {
    local status=$?
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [[ $status -ne 0 || ${KEEP_WORK:-0} == 1 ]]; then
        echo "logs and build output kept in $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

seconds() { # 20s, 1m, 90 -> seconds
    case $1 in
        *m) echo $(( ${1%m} * 60 )) ;;
        *s) echo "${1%s}" ;;
        *) echo "$1" ;;
    esac
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_ready() { # url name log
    for _ in $(seq 1 120); do
        if curl -fsk --max-time 2 -o /dev/null "$1"; then
            return 0
        fi
        sleep 0.5
    done
    echo "$2 did not become ready at $1; its log:" >&2
    tail -n 40 "$3" >&2
    return 1
}

if ! command -v wrk >/dev/null; then
    echo "installing wrk" >&2
    apt-get install -y wrk >/dev/null
fi

echo "building (Release)" >&2
dotnet publish "$root/src/Injector.Webhook" -c Release -o "$work/webhook" --nologo -v quiet >"$work/publish-webhook.log" \
    || { cat "$work/publish-webhook.log" >&2; exit 1; }
mkdir -p "$work/webhook/injection-templates"
cp "$root"/injection-templates/{config.yaml,values.json,mesh.yaml} "$work/webhook/injection-templates/"
dotnet publish "$root/bench/Injector.EchoBaseline" -c Release -o "$work/echo" --nologo -v quiet >"$work/publish-echo.log" \
    || { cat "$work/publish-echo.log" >&2; exit 1; }

started_port=
start_webhook() { # name metrics; sets started_port (not a $(...) call: the server must be this shell's child)
    local port
    port=$(free_port)
    # Run as the container image runs it (Dockerfile): from the publish folder, whose appsettings.json keeps ASP.NET
    # Core's per-request logs at Warning, with the embedded default templates beside it in injection-templates/.
    (cd "$work/webhook" && exec dotnet Injector.Webhook.dll \
        --Injector:Port="$port" \
        --Injector:DataDirectory="$work/certs" \
        --Injector:Telemetry:Metrics="$2" \
        >"$work/$1.log" 2>&1) &
    pids+=($!)
    wait_ready "https://127.0.0.1:$port/readyz" "$1" "$work/$1.log"
    started_port=$port
}

# Started one after the other: the first generates the certificate in $work/certs, the others reuse it.
start_webhook inject true
port_inject=$started_port
start_webhook inject-nomet false
port_nomet=$started_port
port_echo=$(free_port)
dotnet "$work/echo/Injector.EchoBaseline.dll" \
    --Echo:Port="$port_echo" --Echo:CertFile="$work/certs/tls.crt" --Echo:KeyFile="$work/certs/tls.key" \
    --Logging:LogLevel:Default=Warning >"$work/echo.log" 2>&1 &
pids+=($!)
wait_ready "https://127.0.0.1:$port_echo/healthz" echo "$work/echo.log"
echo "servers: inject :$port_inject, inject-nomet :$port_nomet, echo :$port_echo" >&2

# What the webhook answers to the body: a figure is only meaningful when the admission does real work.
answer=$(curl -fsS --cacert "$work/certs/ca.crt" -H 'Content-Type: application/json' --data-binary "@$body" \
    "https://127.0.0.1:$port_inject/inject")
python3 - "$answer" >&2 <<'PY'
import json, sys
response = json.loads(sys.argv[1]).get("response", {})
patch = response.get("patch")
print("webhook answer: allowed=%s patch=%s%s" % (
    response.get("allowed"),
    "%d bytes (base64)" % len(patch) if patch else "none",
    " message=%r" % response["status"]["message"] if response.get("status", {}).get("message") else ""))
PY

declare -A urls=(
    [inject]="https://127.0.0.1:$port_inject/inject"
    [inject-nomet]="https://127.0.0.1:$port_nomet/inject"
    [echo]="https://127.0.0.1:$port_echo/echo"
)
targets=(inject inject-nomet echo)
limit=$(( $(seconds "$duration") + $(seconds "$warmup") + 30 ))

run_wrk() { # url duration
    BODY_FILE="$body" timeout "$limit" wrk -t "$threads" -c "$connections" -d "$2" --latency \
        -s "$root/bench/load/post.lua" "$1"
}

for target in "${targets[@]}"; do
    echo "warming up $target ($warmup)" >&2
    run_wrk "${urls[$target]}" "$warmup" >/dev/null
done

results=()
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$rounds"); do
    # Each round starts one target later, so no target always runs first (or right after the same neighbour).
    for i in "${!targets[@]}"; do
        target=${targets[$(( (i + round - 1) % ${#targets[@]} ))]}
        echo "round $round: $target ($duration, -t $threads -c $connections)" >&2
        output=$(run_wrk "${urls[$target]}" "$duration")
        echo "$output" >"$work/wrk-$target-$round.txt"
        line=$(grep '^RESULT ' <<<"$output") || { echo "$output" >&2; exit 1; }
        results+=("round=$round target=$target ${line#RESULT }")
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo
echo "$(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; load average $load_before before, $load_after after"
echo "body $(wc -c <"$body") bytes; wrk -t $threads -c $connections -d $duration --latency; $rounds round(s)"
printf '%s\n' "${results[@]}" | python3 -c '
import statistics, sys
rows = [dict(kv.split("=", 1) for kv in line.split()) for line in sys.stdin if line.strip()]
order = ["inject", "inject-nomet", "echo"]
columns = ("rps", "p50_ms", "p99_ms", "max_ms")
print("%-6s %-13s %10s %9s %9s %9s %7s %7s" % ("round", "target", "req/s", "p50_ms", "p99_ms", "max_ms", "errors", "non2xx"))
for row in sorted(rows, key=lambda r: (int(r["round"]), order.index(r["target"]))):
    print("%-6s %-13s %10s %9s %9s %9s %7s %7s" % (row["round"], row["target"], *(row[c] for c in columns), row["socket_errors"], row["non2xx"]))
if len({r["round"] for r in rows}) > 1:
    for target in order:
        mine = [r for r in rows if r["target"] == target]
        print("%-6s %-13s %10.1f %9.3f %9.3f %9.3f %7d %7d" % ("median", target,
            *(statistics.median(float(r[c]) for r in mine) for c in columns),
            sum(int(r["socket_errors"]) for r in mine), sum(int(r["non2xx"]) for r in mine)))
'
