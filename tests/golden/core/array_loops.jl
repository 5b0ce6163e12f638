# for x in array: Float64 and Int64 arrays hand their elements to the loop variable unboxed;
# the same loop must still work when it later meets other element types.
function total(xs)
    s = zero(eltype(xs))
    for x in xs
        s += x
    end
    s
end
println(total([1.5, 2.5]), " ", total([1, 2, 3]), " ", total(Float32[1, 2]), " ", total(UInt8[250, 10]))
println(total(Int8[100, 100]), " ", total([1.0, 2.0]), " ", total([0x01, 0x02]))

# the loop variable rebound inside the body, and read after the loop through another name
function rebind(xs)
    last = nothing
    for x in xs
        x = string(x, "!")
        last = x
    end
    last
end
println(rebind([1.0, 2.0]), " ", rebind([7, 8]), " ", rebind(["a"]))

# one loop node seeing Float64 then Int64 arrays
function kinds()
    out = Any[]
    for v in (Float64[1, 2], Int64[3, 4], Any["x", 5])
        for x in v
            push!(out, x)
        end
    end
    out
end
println(kinds())
# nested: a matrix's columns order, and an empty array
function colsum(m)
    t = 0
    for x in m
        t = 10t + x
    end
    t
end
println(colsum([1 2; 3 4]), " ", total(Float64[]), " ", total(Int64[]))
# ranges at the ends of Int64: no wraparound past the last element
function edge_ranges()
    for i in typemax(Int)-2:typemax(Int)
        print(i, " ")
    end
    println()
    for i in typemin(Int):typemin(Int)+1
        print(i, " ")
    end
    println()
    for i in typemax(Int)-4:2:typemax(Int)
        print(i, " ")
    end
    for i in typemin(Int)+4:-2:typemin(Int)
        print(i, " ")
    end
    println()
    n = 0
    for i in 5:5, j in 7:6
        n += 1
    end
    for i in 1:3
        i = 10 * i          # assigning the loop variable does not change the iteration
        print(i, " ")
    end
    println(n)
    s = 0
    for i in 1:10
        i == 3 && continue
        i == 8 && break
        s += i
    end
    println(s)
end
edge_ranges()
