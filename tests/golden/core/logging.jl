# @debug/@info/@warn/@error/@logmsg boxed as Julia's ConsoleLogger boxes them; Logging's
# loggers and levels. Messages go to stderr (the .err file checks one); here mostly to stdout.
using Logging
x = 3
v = [1, 2, 3]
buf = IOBuffer()
with_logger(ConsoleLogger(buf)) do
    @info "hello"
    @info "hello" x
    @warn "careful"
    @error "failed" v exception = ErrorException("boom")
    @info "multi\nline" y = "s" z = x + 1
    @logmsg Warn "custom" a = 1
    @debug "not shown at Info"
end
with_logger(ConsoleLogger(buf, Debug)) do
    @debug "now shown" x
end
print(replace(String(take!(buf)), (@__FILE__) => "FILE"))
old = global_logger(NullLogger())
@warn "dropped"
global_logger(old)
@info "to stderr"
println(Info < Warn, " ", Logging.Debug, " ", LogLevel(500), " ", Error > Warn)
