# Everyday operations one by one: bytes allocated and time per operation, in steady state.
# Run with synchronous compilation, so that each case is measured compiled:
#     bin/jl --engine.BackgroundCompilation=false bench/everyday.jl [runs]
# An operation Julia does without allocating that shows bytes here is a value the compiler could
# not keep virtual (docs/internals.md, "Allocation in compiled code"); --compiler.TracePerformanceWarnings=all
# names the calls it could not inline.
const S = "hello world, this is a test"
const SS = SubString(S, 1, 5)
const V = collect(1:100)
const F = [sin(i) for i in 1:100]
const D = Dict(i => i for i in 1:100)
const DS = Dict(string(i) => i for i in 1:100)
const DT = Dict((i, i) => i for i in 1:100)
const WS = split(join(string.(1:100), " "))
const DSS = Dict(w => 1 for w in WS)
const FS = [string(i / 7) for i in 1:1000]
struct P2
    x::Float64
    y::Float64
end
const PS = [P2(i, i) for i in 1:100]
const M20 = [sin(i + j) for i in 1:20, j in 1:20]
using Printf

# (name, operations per call, f(n) doing n calls' worth)
const CASES = [
    ("s[i] (ASCII)", 1, n -> (c = 0; for k in 1:n; c += Int(S[k % 20 + 1]); end; c)),
    ("nextind/prevind", 1, n -> (c = 0; for k in 1:n; c += nextind(S, k % 20 + 1) + prevind(S, k % 20 + 2); end; c)),
    ("for ch in s (per char)", 27, n -> (c = 0; for k in 1:n; for ch in S; c += 1; end; end; c)),
    ("length(s)", 1, n -> (c = 0; for k in 1:n; c += length(S); end; c)),
    ("findnext(' ', s, 1)", 1, n -> (c = 0; for k in 1:n; c += findnext(' ', S, 1); end; c)),
    ("startswith/endswith", 1, n -> (c = 0; for k in 1:n; c += startswith(S, "hell") + endswith(S, "test"); end; c)),
    ("String == String", 1, n -> (c = 0; for k in 1:n; c += S == "hello"; end; c)),
    ("SubString == String", 1, n -> (c = 0; for k in 1:n; c += SS == "hello"; end; c)),
    ("hash(String)", 1, n -> (c = UInt(0); for k in 1:n; c += hash(S); end; c)),
    ("Dict{Int} get", 1, n -> (c = 0; for k in 1:n; c += get(D, k % 100 + 1, 0); end; c)),
    ("Dict{Int} haskey (big key)", 1, n -> (c = 0; for k in 1:n; c += haskey(D, k + 1000); end; c)),
    ("Dict{String} get", 1, n -> (c = 0; for k in 1:n; c += get(DS, "42", 0); end; c)),
    ("Dict{SubString} get", 1, n -> (c = 0; for k in 1:n; c += get(DSS, WS[k % 100 + 1], 0); end; c)),
    ("Dict{String} get of a SubString", 1, n -> (c = 0; for k in 1:n; c += get(DS, WS[k % 100 + 1], 0); end; c)),
    ("split (per word)", 100, n -> (c = 0; s = join(WS, " "); for k in 1:n; c += length(split(s)); end; c)),
    ("Dict{Tuple} getindex", 1, n -> (c = 0; for k in 1:n; c += DT[(k % 100 + 1, k % 100 + 1)]; end; c)),
    ("Dict{Int} setindex!", 1, n -> (d = Dict{Int,Int}(); for k in 1:n; d[k % 100] = k; end; length(d))),
    ("sum(v) (per element)", 100, n -> (c = 0; for k in 1:n; c += sum(V); end; c)),
    ("sum(f, v) (per element)", 100, n -> (c = 0.0; for k in 1:n; c += sum(abs2, F); end; c)),
    ("for (i, x) in enumerate(v)", 100, n -> (c = 0; for k in 1:n; for (i, x) in enumerate(V); c += x; end; end; c)),
    ("struct field sum", 100, n -> (c = 0.0; for k in 1:n; for p in PS; c += p.x; end; end; c)),
    ("isless of 2-tuples", 1, n -> (c = 0; for k in 1:n; c += isless((k, 1), (5, 2)); end; c)),
    ("hash of a 2-tuple", 1, n -> (c = UInt(0); for k in 1:n; c += hash((k, 2)); end; c)),
    ("push!/pop!", 1, n -> (v = Int[]; for k in 1:n; push!(v, k); pop!(v); end; length(v))),
    ("[k, 2, 3]", 1, n -> (c = 0; for k in 1:n; v = [k, 2, 3]; c += v[1]; end; c)),
    ("Int[]", 1, n -> (c = 0; for k in 1:n; v = Int[]; c += length(v); end; c)),
    ("zeros(10)", 1, n -> (c = 0; for k in 1:n; v = zeros(10); c += length(v); end; c)),
    ("copy(v) (10)", 1, n -> (c = 0; v = collect(1:10); for k in 1:n; c += length(copy(v)); end; c)),
    ("v .+ 1 (10)", 1, n -> (c = 0; v = collect(1:10); for k in 1:n; c += length(v .+ 1); end; c)),
    ("sort of 10 floats", 1, n -> (c = 0; v = rand(10); for k in 1:n; c += length(sort(v)); end; c)),
    ("push! of tuples", 1, n -> (v = Tuple{Int,Float64}[]; for k in 1:n; push!(v, (k, 1.0)); end; length(v))),
    ("string(x::Float64)", 1, n -> (c = 0; for k in 1:n; c += ncodeunits(string(k / 7)); end; c)),
    ("string(x::Int)", 1, n -> (c = 0; for k in 1:n; c += ncodeunits(string(k)); end; c)),
    ("parse(Float64, s)", 1, n -> (c = 0.0; for k in 1:n; c += parse(Float64, FS[k % 1000 + 1]); end; c)),
    ("parse(Int, s)", 1, n -> (c = 0; for k in 1:n; c += parse(Int, "12345"); end; c)),
    ("\"item \$k of \$n\"", 1, n -> (c = 0; for k in 1:n; c += ncodeunits("item $k of $n"); end; c)),
    ("print(io, ::Int)", 1, n -> (io = IOBuffer(); for k in 1:n; print(io, k); end; position(io))),
    ("Dict{Int,Int}()", 1, n -> (c = 0; for k in 1:n; c += length(Dict{Int,Int}()); end; c)),
    ("write(io, s); String(take!)", 1, n -> (io = IOBuffer(); for k in 1:n; write(io, "ab,"); end; ncodeunits(String(take!(io))))),
    ("findnext(\"is\", s, i)", 1, n -> (c = 0; for k in 1:n; c += first(findnext("is", S, k % 5 + 1)); end; c)),
    ("split(s, \", \") (per piece)", 4, n -> (c = 0; for k in 1:n; c += length(split("a, b, c, d", ", ")); end; c)),
    ("[(x, x) for x in v]", 100, n -> (c = 0; for k in 1:n; c += length([(x, x) for x in F]); end; c)),
    ("A * B, 20x20 (per mul-add)", 8000, n -> (c = 0.0; for k in 1:n; c += (M20 * M20)[1]; end; c)),
    ("@sprintf(\"%.3f\", x)", 1, n -> (c = 0; for k in 1:n; c += ncodeunits(@sprintf("%.3f", k / 7)); end; c)),
    ("lowercase(s)", 1, n -> (c = 0; for k in 1:n; c += ncodeunits(lowercase(S)); end; c)),
]

function main()
    runs = isempty(ARGS) ? 12 : parse(Int, ARGS[1])
    n = 20_000
    println(rpad("operation", 30), lpad("bytes/op", 10), lpad("ns/op", 10))
    for (name, per, f) in CASES
        calls = max(1, n ÷ per)
        for _ in 1:runs
            f(calls)
        end
        bytes = @allocated f(calls)
        best = Inf
        for _ in 1:5
            t0 = time_ns()
            f(calls)
            best = min(best, (time_ns() - t0) / (calls * per))
        end
        println(rpad(name, 30), lpad(string(round(bytes / (calls * per), digits = 1)), 10), lpad(string(round(best, digits = 2)), 10))
    end
end
main()
