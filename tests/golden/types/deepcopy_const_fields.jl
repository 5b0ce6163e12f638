# deepcopy copies what it reaches, keeping sharing and cycles; const fields of mutable structs
mutable struct M
    x::Int
end
m = M(1)
println(deepcopy(m) === m, " ", deepcopy(m).x)
v = [M(1)]
w = deepcopy(v); w[1].x = 5
println(v[1].x, " ", w[1].x)
d = Dict(1 => [1], 2 => [2]); d2 = deepcopy(d); push!(d2[1], 9)
println(d[1], " ", d2[1])
s = Set([[1], [2]]); s2 = deepcopy(s)
println(s2 == s, " ", typeof(s2))
t = ([1], M(2)); t2 = deepcopy(t); t2[1][1] = 7; t2[2].x = 8
println(t, " ", t2)
nt = (a = [1], b = "s"); nt2 = deepcopy(nt); push!(nt2.a, 2)
println(nt, " ", nt2)
r = Ref([1]); r2 = deepcopy(r); push!(r2[], 3)
println(r[], " ", r2[])
mutable struct Node
    val::Int
    next::Union{Node, Nothing}
end
a = Node(1, nothing); b = Node(2, a); a.next = b      # a cycle
c = deepcopy(a)
println(c.val, " ", c.next.val, " ", c.next.next === c, " ", c === a)
shared = [1, 2]; pair = [shared, shared]; pc = deepcopy(pair)
println(pc[1] === pc[2], " ", pc[1] === shared)
struct Imm
    v::Vector{Int}
end
i = Imm([1]); i2 = deepcopy(i); push!(i2.v, 2)
println(i.v, " ", i2.v)
mutable struct Partial
    a::Int
    b::Vector{Int}
    Partial(a) = new(a)
end
p = deepcopy(Partial(3))
println(p.a, " ", isdefined(p, :b))

mutable struct Account
    const id::Int
    balance::Float64
end
acct = Account(7, 10.0)
acct.balance = 12                 # converted
println(fieldnames(Account), " ", acct, " ", isconst(Account, :id), " ", isconst(Account, :balance), " ", isconst(Imm, :v))
try
    acct.id = 8
catch e
    println(sprint(showerror, e))
end
println(deepcopy(acct))
try
    setfield!(acct, :balance, 1)   # setfield! itself does not convert
catch e
    println(sprint(showerror, e))
end
setfield!(acct, :balance, 2.5)
println(acct.balance)
