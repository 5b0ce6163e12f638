function check(x)
    x > 0 || error("x must be positive, got ", x)
    x
end
println(check(2))
check(-1)
