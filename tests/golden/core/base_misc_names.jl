# Base names Julia exports that were missing: Text/HTML/showable/istextmime, @something,
# @coalesce, fieldname, fullname, functionloc, CapturedException, MissingException, hex2bytes!,
# asyncmap!, peek(io, Char), readeach, skipchars, finalizer/finalize, @invoke, @invokelatest,
# the C type aliases
println(Text("hi"), " ", repr(Text("x")), " ", HTML("<b>"), " ", repr("text/html", HTML("<b>")), " ", Text(io -> print(io, "fn")))
println(istextmime("text/plain"), istextmime(MIME"image/png"()), istextmime("application/json"), " ", showable("text/plain", 1), showable("text/html", 1), showable("text/html", HTML("x")))
display(HTML("<i>"))
display(Text("plain"))
calls = Ref(0)
nada() = (calls[] += 1; nothing)
five() = (calls[] += 1; 5)
println(@something(nada(), five(), five()), " ", calls[], " ", @something(nothing, Some(nothing), 3))
try @something(nothing, nothing) catch e; println(e) end
println(@coalesce(missing, 2, error("not evaluated")), " ", @coalesce(missing, missing))
println(fieldname(Pair, 2), " ", fullname(Base.Iterators), " ", fullname(Main), " ", basename(functionloc(nada)[1]), " ", functionloc(nada, ())[2])
module Outer; module Inner; end; end
println(fullname(Outer.Inner))
ce = CapturedException(ErrorException("inner"), [])
println(sprint(showerror, ce), " ", ce isa Exception, " ", sprint(showerror, MissingException("no value")))
buf = zeros(UInt8, 2)
println(hex2bytes!(buf, "0aff"), " ", buf, " ", hex2bytes("beef"))
try hex2bytes!(zeros(UInt8, 1), "0aff") catch e; println(e) end
println(asyncmap!(x -> 2x, zeros(Int, 3), [1, 2, 3]))
io = IOBuffer("  ab")
println(read(io, Char) == ' ', " ", peek(io, Char) == ' ', " ", position(io))
io = IOBuffer("  # comment\n  x1")
skipchars(isspace, io; linecomment = '#')
println(read(io, String), " ", collect(readeach(IOBuffer("héllo"), Char)), " ", collect(readeach(IOBuffer(UInt8[1, 2]), UInt8)), " ", eltype(readeach(IOBuffer(), Char)))
mutable struct Res; name::String; end
r = finalizer(x -> println("finalizing ", x.name), Res("a"))
finalizer(x -> println("finalizing ", x.name, " at exit"), Res("b"))
finalize(r)
finalize(r)
try finalizer(println, 1) catch e; println(e) end
atexit(() -> println("atexit hook, before the finalizers"))
kind(x::Integer) = "integer"
kind(x::Int) = "int"
println(@invoke(kind(1::Integer)), " ", @invoke(kind(1)), " ", @invokelatest(kind(2)), " ", Cint(3), " ", typeof(Csize_t(1)), " ", Cdouble, " ", Clong === Int64)
println(Base.nonnothingtype(Union{Int, Nothing}), " ", Base.nonnothingtype(Int), " ", Base.nonnothingtype(Nothing), " ", Base.unwrap_unionall(Vector), " ", Base.unwrap_unionall(Dict), " ", Base.unwrap_unionall(Int))
