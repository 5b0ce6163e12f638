# Ambiguity errors as Julia 1.10 prints them: the candidates (latest first), then the method that
# would resolve the call (the intersection of their signatures); `:` shown as the Colon it is
report(e) = println(replace(sprint(showerror, e), (@__FILE__) => "FILE"))
f(x::Int, y) = 1
f(x, y::Int) = 2
try f(1, 2) catch e; report(e) end
g(x::Integer, y) = 1
g(x, y::Integer) = 2
g(x::Number, y) = 3
try g(0x03, 4) catch e; report(e) end
h(x, ::Int, ::T) where {T<:Integer} = 0
h(::Int, x, ::T) where {T<:Integer} = 1
try h(1, 2, 3) catch e; report(e) end
# resolved by the suggested method
f(x::Int, y::Int) = 3
println(f(1, 2))
# a named tuple cannot be changed; a missing field is fieldtype's error
t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end
t(() -> (nt = (a = 1,); nt.a = 2))
t(() -> (nt = (a = 1,); nt.b = 2))
t(() -> (x = 1; x.a = 2))
t(() -> repr(:))
t(() -> (:, 1))
t(() -> sprint(show, MIME"text/plain"(), (:)) |> s -> replace(s, r"\d+ methods" => "N methods"))
try (:)(1, "a") catch e; println(split(sprint(showerror, e), '\n')[1]) end
