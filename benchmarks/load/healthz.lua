-- The same request loop as ask.lua, on /healthz: so that both runs cost the load generator alike.
local paths = {"/healthz"}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
