# VersionNumber, v"..." and VERSION (base/version.jl's semantics); the Sys module.

"""
    VersionNumber(major, minor = 0, patch = 0, prerelease = (), build = ())
    VersionNumber("1.2.3-rc1+build")

A semantic version: `v"1.10.0"`. Compares by major, minor, patch, then a version with a
prerelease part comes before the release; prints as `1.10.0`, shows as `v"1.10.0"`.
"""
struct VersionNumber
    major::UInt32
    minor::UInt32
    patch::UInt32
    prerelease::Tuple
    build::Tuple
    function VersionNumber(major::Integer, minor::Integer = 0, patch::Integer = 0, prerelease = (), build = ())
        (major < 0 || minor < 0 || patch < 0) && throw(ArgumentError("invalid negative version number"))
        new(UInt32(major), UInt32(minor), UInt32(patch), Tuple(prerelease), Tuple(build))
    end
end
const _version_regex = r"^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-((?:[0-9a-z-]+\.)*[0-9a-z-]+))?(?:\+((?:[0-9a-z-]+\.)*[0-9a-z-]+))?$"i
# a dot-separated prerelease or build part: numbers as UInt64, words as strings
_version_idents(s) = s === nothing ? () : Tuple(all(isdigit, p) ? parse(UInt64, p) : String(p) for p in split(s, '.'))
function VersionNumber(s::AbstractString)
    m = match(_version_regex, strip(s))
    m === nothing && throw(ArgumentError(string("invalid version string: ", s)))
    major, minor, patch, pre, bld = m.captures
    VersionNumber(parse(UInt32, major), minor === nothing ? 0 : parse(UInt32, minor),
                  patch === nothing ? 0 : parse(UInt32, patch), _version_idents(pre), _version_idents(bld))
end
VersionNumber(v::VersionNumber) = v
macro v_str(s)
    VersionNumber(s)
end
function print(io::IO, v::VersionNumber)
    print(io, v.major, '.', v.minor, '.', v.patch)
    isempty(v.prerelease) || (print(io, '-'); join(io, v.prerelease, '.'))
    isempty(v.build) || (print(io, '+'); join(io, v.build, '.'))
end
show(io::IO, v::VersionNumber) = (print(io, "v\""); print(io, v); print(io, '"'))
string(v::VersionNumber) = sprint(print, v)
# numbers before words, then by value
function _ident_cmp(a::Tuple, b::Tuple)
    for i in 1:min(length(a), length(b))
        x, y = a[i], b[i]
        if x isa Integer && y isa Integer || x isa String && y isa String
            x < y && return -1
            x > y && return 1
        else
            return x isa Integer ? -1 : 1
        end
    end
    length(a) < length(b) ? -1 : length(a) > length(b) ? 1 : 0
end
function isless(a::VersionNumber, b::VersionNumber)
    a.major != b.major && return a.major < b.major
    a.minor != b.minor && return a.minor < b.minor
    a.patch != b.patch && return a.patch < b.patch
    isempty(a.prerelease) != isempty(b.prerelease) && return !isempty(a.prerelease)
    c = _ident_cmp(a.prerelease, b.prerelease)
    c != 0 && return c < 0
    isempty(a.build) != isempty(b.build) && return isempty(a.build)
    _ident_cmp(a.build, b.build) < 0
end
<(a::VersionNumber, b::VersionNumber) = isless(a, b)
<=(a::VersionNumber, b::VersionNumber) = !isless(b, a)
==(a::VersionNumber, b::VersionNumber) = !isless(a, b) && !isless(b, a)
hash(v::VersionNumber, h::UInt) = hash(v.build, hash(v.prerelease, hash(v.patch, hash(v.minor, hash(v.major, h + 0x8ff4ffdb75f9fede)))))

"""
    VERSION

The version of Julia whose semantics TruffleJL follows (the language level, not TruffleJL's own
release): `VERSION >= v"1.6"` checks in code written for Julia work as they do there.
"""
const VERSION = VersionNumber(1, 10, 0)   # (v"1.10.0" without parsing at start-up)

"""
    Sys

About the machine: `Sys.KERNEL` (`:Linux`, `:Darwin`, `:NT`), `Sys.ARCH`, `Sys.WORD_SIZE`,
`Sys.CPU_THREADS`, `Sys.islinux()`, `Sys.iswindows()`, `Sys.isapple()`, `Sys.isunix()`,
`Sys.total_memory()`, `Sys.free_memory()`.
"""
module Sys
const KERNEL = Symbol(Base._sys_info("kernel"))
const ARCH = Symbol(Base._sys_info("arch"))
const WORD_SIZE = 64
const CPU_THREADS = Base._sys_info("cpu_threads")
const MACHINE = string(ARCH, KERNEL === :Darwin ? "-apple-darwin" : KERNEL === :NT ? "-w64-mingw32" : "-linux-gnu")
islinux() = KERNEL === :Linux
isapple() = KERNEL === :Darwin
isbsd() = KERNEL in (:FreeBSD, :OpenBSD, :NetBSD, :DragonFly, :Darwin)
iswindows() = KERNEL === :NT
isunix() = islinux() || isbsd()
total_memory() = Base._sys_info("total_memory")
free_memory() = Base._sys_info("free_memory")
end
