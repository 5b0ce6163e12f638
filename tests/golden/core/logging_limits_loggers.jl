# maxlog, reserved keywords (_id, _group), SimpleLogger, exception = (e, backtrace), JULIA_DEBUG
using Logging
buf = IOBuffer()
f() = @debug "shown?" y=2
with_logger(ConsoleLogger(buf)) do
    for i in 1:3
        @info "once" maxlog=1
    end
    for i in 1:3
        @warn "twice" i maxlog=2
    end
    @info "done" _id=:x
    @info "grouped" _group=:g a=1
    try
        error("kaboom")
    catch e
        @error "caught" exception=(e, catch_backtrace())
    end
    @debug "hidden" x=1
    f()
    ENV["JULIA_DEBUG"] = "Main"
    f()
    ENV["JULIA_DEBUG"] = "all,!Main"
    f()
end
with_logger(SimpleLogger(buf)) do
    @info "simple" a=1 v=[1, 2]
    @warn "multi\nline"
end
# (the frames themselves are left out: TruffleJL's traces omit Base's frames)
print(replace(String(take!(buf)), (@__FILE__) => "FILE", r"│     \[\d+\] .*\n│       @ .*\n" => ""))
