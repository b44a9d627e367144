-- wrk script for bench/action_throughput.sh. Arguments after "--":
--   note CASES_FILE TOKEN RUN THREADS  POST a `note` action; CASES_FILE has "id version" lines
--   me TOKEN                           GET /api/v1/me (the baseline)
--   paths TOKEN PATHS_FILE             GET the paths of the file (one a line) in turn;
--                                      TOKEN "-": no Authorization (nginx's static files,
--                                      bench/server_vs_nginx.sh)
-- Each wrk thread takes every THREADS-th case of the file and keeps its own
-- queue: a request takes the case at the head with its current version, a 200
-- answer puts the case back at the tail with the version the server answered.
-- So no two requests in flight share a case (no 409), every key is new, and
-- any non-2xx answer is a real failure (wrk counts them; the case leaves the queue).

local queue, head, tail = {}, 1, 0
local headers, mode, run, sent = nil, nil, nil, 0
local paths, next_path = {}, 0
local threadCount = 0

function setup(thread)
   thread:set("threadIndex", threadCount)
   threadCount = threadCount + 1
end

function init(args)
   mode = args[1]
   local token = mode == "note" and args[3] or args[2]
   headers = { ["Content-Type"] = "application/json" }
   if token ~= "-" then
      headers["Authorization"] = "Bearer " .. token
   end
   if mode == "paths" then
      for line in io.lines(args[3]) do
         paths[#paths + 1] = line
      end
   end
   if mode ~= "note" then
      return
   end
   run = args[4]
   local threads, n = tonumber(args[5]), 0
   for line in io.lines(args[2]) do
      if n % threads == threadIndex then
         local id, version = line:match("^(%d+) (%d+)$")
         tail = tail + 1
         queue[tail] = { id, version }
      end
      n = n + 1
   end
end

function request()
   if mode == "paths" then
      next_path = next_path % #paths + 1
      return wrk.format("GET", paths[next_path], headers)
   end
   if mode ~= "note" then
      return wrk.format("GET", "/api/v1/me", headers)
   end
   if head > tail then
      error("no case left in this thread's queue: too many connections or failed actions")
   end
   local c = queue[head]
   queue[head] = nil
   head = head + 1
   sent = sent + 1
   local body = string.format('{"action":"note","key":"%s-%d-%d","baseVersion":%s,'
                                 .. '"params":{"text":"Đã liên hệ người phản ánh (lần %d)"}}',
                              run, threadIndex, sent, c[2], sent)
   return wrk.format("POST", "/api/v1/cases/" .. c[1] .. "/actions", headers, body)
end

function response(status, _, body)
   if mode ~= "note" or status ~= 200 then
      return
   end
   local id, version = body:match('^{"case":{"id":(%d+),"version":(%d+)')
   if id then
      tail = tail + 1
      queue[tail] = { id, version }
   end
end

function done(summary, latency, _)
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p99_ms=%.2f"
                             .. " non2xx=%d socket_errors=%d\n",
                          summary.requests, seconds, summary.requests / seconds,
                          latency:percentile(50) / 1000, latency:percentile(99) / 1000,
                          e.status, e.connect + e.read + e.write + e.timeout))
end
