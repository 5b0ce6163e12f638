# Run by bin/test with --engine.TraceCompilation: a function called once (a script's `main()`)
# runs its loops as they are compiled on the stack (on-stack replacement). Truffle's loop node
# compiled them on the interpreter's own frame, a heap object: every slot the body wrote was a
# store there, so the tuple below was allocated on every iteration (32 MB a round) and the loop
# ran 5-10 times slower than in the compiled method. OsrLoop compiles them on a copy of the
# frame, where escape analysis removes the tuple. Prints true once a whole round, after the
# loops were compiled on the stack, allocates under 10 KB.
function probe(rounds, n)
    s = 0
    allocated = -1
    for r in 1:rounds
        allocated = @allocated begin
            for i in 1:n
                t = (i, i + 1)
                s += t[1] * t[2]
            end
        end
        allocated < 10_000 && break
    end
    println(allocated < 10_000 ? true : "the last round allocated $allocated bytes for $n iterations")
    s
end
probe(400, 1_000_000)
