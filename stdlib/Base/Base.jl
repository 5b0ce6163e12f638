# Base: the part of Julia's standard library written in TruffleJL itself.
# Intrinsics (arithmetic on primitive types, array storage, I/O) are Java builtins
# registered into Base before this file runs; everything built on top of them is here.

include("operators.jl")
include("numbers.jl")
include("io.jl")
include("show.jl")
include("errors.jl")
include("iteration.jl")
include("strings.jl")
include("arrays.jl")
include("ranges.jl")
include("bitarray.jl")
include("broadcast.jl")
include("collections.jl")
include("dict.jl")
include("showcoll.jl")
include("task.jl")
include("locks.jl")
include("channels.jl")
include("threads.jl")
include("repl.jl")
include("docs.jl")
