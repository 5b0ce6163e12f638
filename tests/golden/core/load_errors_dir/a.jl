println("a runs")
include("b.jl")
