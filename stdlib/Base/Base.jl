# Base: the part of Julia's standard library written in TruffleJL itself.
# Intrinsics (arithmetic on primitive types, array storage, I/O) are Java builtins
# registered into Base before this file runs; everything built on top of them is here.

include("operators.jl")
include("numbers.jl")
include("intfuncs.jl")
include("math.jl")
include("hashing.jl")
include("bigint.jl")

include("io.jl")
include("show.jl")
include("errors.jl")
include("iteration.jl")
include("strings.jl")
include("arrays.jl")
include("ranges.jl")
include("bitarray.jl")
include("broadcast.jl")
include("views.jl")
include("collections.jl")
include("bigfloat.jl")   # after collections.jl: its top-level for loops need Base's iteration
include("linalg.jl")
include("dict.jl")
include("find.jl")
include("env.jl")
include("regex.jl")
include("files.jl")
include("showcoll.jl")
include("task.jl")
include("locks.jl")
include("channels.jl")
include("threads.jl")
include("repl.jl")
include("docs.jl")

# Loaded on the first use of a name they define, not at start-up (docs/internals.md, "Base
# files loaded on first use"): each adds methods to existing functions only for its own types.
_include_lazily("version.jl")
_include_lazily("enums.jl")
_include_lazily("logging.jl")
_include_lazily("random.jl")
_include_lazily("rational.jl")
_include_lazily("complex.jl")
_include_lazily("missing.jl")
_include_lazily("cartesian.jl")
_include_lazily("process.jl")
