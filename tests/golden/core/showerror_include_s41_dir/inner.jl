# included by showerror_include_s41.jl: an error with its own showerror(io, e, bt), thrown while
# another error is handled
struct TraceErr <: Exception
    what::String
end
function Base.showerror(io::IO, e::TraceErr, bt; backtrace = true)
    print(io, "TraceErr(", e.what, ") with ", backtrace ? "its" : "no", " stack trace")
    backtrace && Base.show_backtrace(io, bt)
end
g() = throw(TraceErr("inner"))
try
    error("the first error")
catch
    g()
end
