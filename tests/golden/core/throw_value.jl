# Throwing a non-exception value, uncaught.
println("start")
throw(42)
