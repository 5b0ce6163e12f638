# @label / @goto: backward jumps make loops, forward jumps leave nested loops,
# a jump out of `try` runs `finally`, a jump out of `catch` retries.
function count_to(x)
    i = 0
    @label top
    i += 1
    i < x && @goto top
    return i
end
println(count_to(5))

function find2(m, v)
    local r
    for i in 1:size(m, 1)
        for j in 1:size(m, 2)
            if m[i, j] == v
                r = (i, j)
                @goto found
            end
        end
    end
    return nothing
    @label found
    return r
end
println(find2([1 2; 3 4], 3), " ", find2([1 2; 3 4], 9))

function retry(n)
    tries = 0
    @label again
    tries += 1
    try
        tries < n && error("fail")
    catch
        @goto again
    end
    tries
end
println(retry(4))

function finally_runs()
    out = Int[]
    k = 0
    @label loop
    k += 1
    try
        k < 3 && @goto loop
    finally
        push!(out, k)
    end
    out
end
println(finally_runs())

# a hot backward-jump loop (compiled with on-stack replacement)
function sum_mod(n)
    s = 0
    i = 0
    @label step
    i += 1
    s += i % 7
    i < n && @goto step
    s
end
println(sum_mod(3_000_000))

# labels inside a loop body, a goto from a nested block, break past a labeled block
function skip_odds(n)
    out = Int[]
    for i in 1:n
        if isodd(i)
            @goto next
        end
        push!(out, i)
        i >= 6 && break
        @label next
    end
    out
end
println(skip_odds(10))

begin
    j = 0
    @label again_top
    j += 1
    j < 3 && @goto again_top
    println("top level ", j)
end

println(@macroexpand @goto done)
for code in ("function g1(); @goto nowhere; end",
             "function g2(); @label a; @label a; end",
             "function g3(); begin; @label inner; end; @goto inner; end",
             "function g4(); @label out; f = () -> @goto out; end")
    try
        eval(Meta.parse(code))
        println("defined")
    catch e
        println(sprint(showerror, e))
    end
end
