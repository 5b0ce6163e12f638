# Long stack traces as Julia 1.10 prints them: numbers aligned to the widest, a cycle of frames
# (mutual recursion) shown once with "--- the last k lines are repeated m more times ---"
ping(n) = n == 0 ? error("bottom reached") : pong(n - 1)
pong(n) = ping(n)
function frames_text(e, bt)
    s = sprint(showerror, e, bt)
    # the file paths depend on where the test runs
    replace(s, r"@ Main .*:(\d+)" => s"@ Main FILE:\1", r"@ \S+\.jl:(\d+)" => s"@ FILE:\1")
end
try
    ping(11)
catch e
    println(frames_text(e, catch_backtrace()))
end
try
    ping(200)
catch e
    println(frames_text(e, catch_backtrace()))
end
