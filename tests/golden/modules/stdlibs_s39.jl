using LinearAlgebra
println(norm([2^32, 0]))          # Julia: 4.294967296e9
println(norm([3*10^9, 4*10^9]))   # Julia: 5.0e9
println(norm([typemax(Int), 1], 1)) # Julia: 9.223372036854776e18
println(norm([10^7, 0], 3))       # Julia: ~1.0e7

using Statistics
println(mean([typemax(Int), typemax(Int)]))           # Julia: 9.223372036854776e18
println(mean([typemax(Int) typemax(Int)]; dims=2))    # Julia: [9.223372036854776e18;;]

using Dates
println(Dates.format(DateTime(2024,3,5,15,4,5), "I:MM p"))     # Julia: 3:04 PM
println(Dates.format(DateTime(2024,3,5,0,4,5), "II:MM:SS p"))  # Julia: 12:04:05 AM
println(DateTime("03/05/2024 03:04 PM", "mm/dd/yyyy II:MM p")) # Julia: 2024-03-05T15:04:00

using Dates
println(Date(2024,1,2) + Time(3,4))   # Julia: 2024-01-02T03:04:00
println(Time(3,4) + Date(2024,1,2))   # Julia: 2024-01-02T03:04:00

using LinearAlgebra
println(norm([1,2,3], -1))   # Julia: 0.5454545454545454 (or ...55)

using Statistics
println(median([1, 2, 3, 4]; dims=1))   # Julia: [2.5]

using LinearAlgebra
println(Diagonal([2, 4])^-1)   # Julia: [0.5 0.0; 0.0 0.25]  (Diagonal{Float64})

using Dates
println([Day(1), Day(2)])   # Julia: [Day(1), Day(2)]
println(Day(10) / 5)        # Julia: 2 days

using LinearAlgebra
println(tr(zeros(0, 0)))    # Julia: 0.0
try; diag([1 2; 3 4], 5); catch e; showerror(stdout, e); println(); end

using Dates
println(typeof(Dates.now(Dates.UTC)))   # Julia: DateTime

println(isapprox(inv(cholesky([4.0 2; 2 3])), [0.375 -0.25; -0.25 0.5]), " ", typeof(factorize([2.0 1; 1 2])), " ", typeof(factorize([1.0 2 3; 4 5 6; 7 8 10])))
println(cov([1 2; 3 4; 5 7], [1, 2, 4]), " ", typeof(cov(Float32[1 2; 3 4; 5 7])), " ", cov([1 2; 3 4; 5 7]))
