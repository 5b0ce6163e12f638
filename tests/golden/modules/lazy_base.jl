# Base files loaded on the first use of one of their names (version, enums, logging, random,
# rational, complex, missing, cartesian): every way of reaching a name loads its file first.

# a Base function whose body needs a lazily loaded type (keys of a matrix: CartesianIndices)
println(findall(iseven, [1 2; 3 4]))
# isdefined and qualified names
println(isdefined(Base, :VersionNumber), " ", isdefined(Main, :Rational), " ", Base.Sys.WORD_SIZE)
# a macro
@info "from a lazily loaded macro" n = 1
# import of a name
import Base: LogLevel
println(LogLevel(0))
using InteractiveUtils
# subtypes walks all of Base's names: Rational is there before its first use
println(Rational in subtypes(Real), " ", Complex in subtypes(Number))
# methods Base files add to existing functions work without the lazy file (conj is in linalg)
println(conj(2.0), " ", real(3), " ", ismissing(missing))
# a name of a lazily loaded file from two threads at once: each sees it defined
ts = [Threads.@spawn (rationalize(0.25) + 1//4, v"1.2" < v"1.10") for _ in 1:4]
println(fetch.(ts))
# a program's own definition of a name some lazy file defines is its own
struct NullLogger end
println(NullLogger() isa Main.NullLogger, " ", Base.NullLogger() isa Base.NullLogger)
