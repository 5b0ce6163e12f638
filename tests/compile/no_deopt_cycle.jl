# Run by bin/test with --engine.TraceCompilation: `probe` must compile a few times, not in a cycle.
# A frame slot's kind is shared by every split of a method and folded into compiled writers; a
# writer left specialised for Long inside compiled callers after another split made the slot
# Object (Base's convert, under hash(x) = hash(x, zero(UInt))) made each later compilation that
# inlined it deoptimize at entry: `probe` compiled again and again and ran interpreted.
s = join(["w$(i % 1000)" for i in 1:1000000], " ")
w = split(s)
d1 = Dict{SubString{String},Int}()
for x in w; d1[x] = 1; end
function probe(d, key)
    keys = d.keys; index = ((hash(key) % Int) & (length(keys) - 1)) + 1; k = keys[index]; k.offset == key.offset ? 1 : 0
end
function t(w, d)
    t0 = time_ns(); c = 0
    for x in w
        c += probe(d, x)
    end
    (time_ns() - t0) / length(w)
end
r = 1e9
for k in 1:15
    global r = min(r, t(w, d1))
end
println(r > 0)
