# Each loop iteration has fresh locals: one assigned in an earlier iteration is undefined in the
# next until assigned again (the loop clears their slots when an iteration ends: break, continue
# and the normal end all do). Closures capture each iteration's own variable.
function stale_read(n)
    out = Any[]
    for i in 1:n
        if i > 1
            try
                push!(out, x)
            catch e
                push!(out, sprint(showerror, e))
            end
        end
        x = i
    end
    out
end
println(stale_read(3))

function while_fresh()
    i = 0
    seen = Any[]
    while i < 3
        i += 1
        if isodd(i)
            y = i * 10
            push!(seen, y)
            continue
        end
        push!(seen, @isdefined(y))
    end
    seen
end
println(while_fresh())

function closures_per_iteration()
    fs = Function[]
    for i in 1:3
        k = i * i
        push!(fs, () -> k)
    end
    [f() for f in fs]
end
println(closures_per_iteration())

function nested_break()
    found = nothing
    for i in 1:4
        t = (i, i + 1)
        for j in 1:4
            u = (t[1], j)
            if u == (3, 2)
                found = u
                break
            end
        end
        found === nothing || break
    end
    found
end
println(nested_break())

# a loop-carried variable is untouched: only the body's own locals are cleared
function carried()
    last = (0, 0)
    total = 0
    for i in 1:5
        p = (i, 2i)
        last = p
        total += p[2]
    end
    (last, total)
end
println(carried())

# while loops that stop on `nothing` from iterate, the protocol written out
function manual_iterate(itr)
    acc = Any[]
    y = iterate(itr)
    while y !== nothing
        v, st = y
        push!(acc, v)
        y = iterate(itr, st)
    end
    acc
end
println(manual_iterate([10, 20, 30]))
println(manual_iterate("héllo"))
function manual_break(itr)
    acc = 0
    st = 1
    while true
        y = iterate(itr, st)
        y === nothing && break
        acc += y[1]
        st = y[2]
    end
    acc
end
println(manual_break(collect(1:100)))
# a break or continue inside try runs finally with the iteration's locals still there
function finally_sees_locals()
    out = Any[]
    for i in 1:3
        x = i * 10
        try
            i == 2 && break
            continue
        finally
            push!(out, x)
        end
    end
    out
end
println(finally_sees_locals())
