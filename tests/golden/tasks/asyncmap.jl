# asyncmap: map with the calls in concurrent tasks, results in order (later items finish first here)
println(asyncmap(x -> x + 1, 1:3))
println(asyncmap((x, y) -> x * y, [1, 2], [3, 4]))
r = asyncmap(1:6; ntasks = 2) do i
    sleep(0.01 * (7 - i))
    i^2
end
println(r, " ", typeof(r))
println(asyncmap(x -> 2x, [1 2; 3 4]))
