-- wrk script: POSTs the JSON file named by BODY_FILE on every request and, when the run is over, prints one
-- machine-readable RESULT line that run.sh turns into its table (latencies in milliseconds).
local path = os.getenv("BODY_FILE") or error("BODY_FILE is not set")
local file = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f socket_errors=%d non2xx=%d\n",
    summary.requests,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    latency.max / 1000,
    errors.connect + errors.read + errors.write + errors.timeout,
    errors.status))
end
