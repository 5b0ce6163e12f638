# IOContext properties, circular references in show, and the REPL display's column alignment.
io = IOContext(stdout, :compact => true)
println(get(io, :compact, false), " ", get(stdout, :compact, false), " ", haskey(io, :limit), " ", (:compact => true) in io)
print(IOContext(io, :limit => true), "through a context: ", 1, '\n')

a = Any[1]
push!(a, a)
println(repr(a))
x = Any[]; y = Any[]; push!(x, y); push!(y, x)
println(repr(x))
mutable struct Node
    parent::Any
    child::Any
end
r = Node(nothing, Node(nothing, nothing))
r.child.parent = r
println(repr(r))
t = Any[1]; push!(t, (t, 2))
println(repr(t))
d = Dict{String,Any}()
d["self"] = d
println(repr(d))
display(a)
display(d)

# A stream type written in TruffleJL: everything printed goes through its write methods.
struct Shout <: IO
    buf::IOBuffer
end
Base.write(s::Shout, str::String) = write(s.buf, uppercase(str))
Base.write(s::Shout, c::Char) = write(s.buf, uppercase(c))
s = Shout(IOBuffer())
print(s, "abc ", 1.5, " ", [1, 2])
println(String(take!(s.buf)))
struct Mute <: IO end
try
    print(Mute(), "x")
catch e
    println(typeof(e))
end

display(Any[1, "ab"])
display(Any[1.5, 10])
display([1.5, 10.25])
display([1 2; 30 4])
display([1.5 2; 3 4.25])
display(Float16[1.5, 10])
print(devnull, "discarded", [1, 2])
println(write(devnull, "abc"), " ", repr(devnull))
double(x) = 2x
double(x, y) = 2x + y
display(double)
println()
nt = (z = 5,)
println(typeof(nt) === typeof((z = 6,)), " ", (1, nt), " ", repr((a = 1, b = "x")))
