-- wrk script for the polling mix: each request picks a random line "path<TAB>etag" from the file given after "--"
-- and sends the tag in If-None-Match, as a dashboard repeating its queries does. done() prints pick.lua's line plus
-- how many answers were 304 (not modified) and how many 200.
local lines = {}
local threads = {}
not_modified, full = 0, 0 -- globals: done() reads them from each thread (thread:get)

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  for line in io.lines(args[1]) do
    local path, tag = line:match("^([^\t]+)\t(.+)$")
    if path then lines[#lines + 1] = { path, tag } end
  end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
  local l = lines[math.random(#lines)]
  return wrk.format("GET", l[1], { ["If-None-Match"] = l[2] })
end

function response(status, headers, body)
  if status == 304 then not_modified = not_modified + 1 elseif status == 200 then full = full + 1 end
end

function done(summary, latency, requests)
  local n304, n200 = 0, 0
  for _, t in ipairs(threads) do
    n304 = n304 + (t:get("not_modified") or 0)
    n200 = n200 + (t:get("full") or 0)
  end
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f non2xx=%d sockerr=%d n304=%d n200=%d\n",
    summary.requests, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout, n304, n200))
end
