-- wrk script for bench/server_vs_nginx.sh: GETs the paths of PATHS_FILE (one a
-- line) in turn. Arguments after "--": TOKEN PATHS_FILE (TOKEN "-": no
-- Authorization header, for nginx's static files).

local paths, next_path, headers = {}, 0, {}

function init(args)
   if args[1] ~= "-" then
      headers["Authorization"] = "Bearer " .. args[1]
   end
   for line in io.lines(args[2]) do
      paths[#paths + 1] = line
   end
end

function request()
   next_path = next_path % #paths + 1
   return wrk.format("GET", paths[next_path], headers)
end

function done(summary, latency, _)
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f MBps=%.1f p50_ms=%.2f"
                             .. " p99_ms=%.2f non2xx=%d socket_errors=%d\n",
                          summary.requests, seconds, summary.requests / seconds,
                          summary.bytes / seconds / 1e6, latency:percentile(50) / 1000,
                          latency:percentile(99) / 1000, e.status,
                          e.connect + e.read + e.write + e.timeout))
end
