-- Appended to a wrk script by wrk_run (bench/lib.sh): counts the answers that are not 2xx/3xx by status, printed at
-- the end. Keeps the script's own setup and init, if it has them.
local counts = {}
local threads = {}
local script_setup, script_init = setup, init
setup = function(thread)
    table.insert(threads, thread)
    if script_setup then script_setup(thread) end
end
init = function(args)
    bad = {}
    if script_init then script_init(args) end
end
response = function(status) if status >= 400 then bad[status] = (bad[status] or 0) + 1 end end
done = function()
    for _, t in ipairs(threads) do
        local b = t:get("bad")
        for k, v in pairs(b) do counts[k] = (counts[k] or 0) + v end
    end
    for k, v in pairs(counts) do io.write(string.format("status %d: %d\n", k, v)) end
end
