# syntax Julia rejects in local scope, and a Bool as an index
t(f) = try println(f()) catch e; println("ERROR: ", sprint(showerror, e)) end
t(() -> eval(Meta.parse("function f1(); const x = 1; x; end")))
t(() -> eval(Meta.parse("let; const y = 2; end")))
t(() -> eval(Meta.parse("function f2(); struct Inner; a::Int; end; end")))
t(() -> eval(Meta.parse("let; abstract type AInner end; end")))
function f3()
    global G3
    G3 = 1
end
f3()
t(() -> G3)
t(() -> [1, 2][true])
t(() -> (v = [1, 2]; v[false] = 3; v))
t(() -> [1, 2][[true, false]])
