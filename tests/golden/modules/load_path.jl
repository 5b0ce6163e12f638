# `using Name` of a module found through a directory in LOAD_PATH (Name.jl or Name/src/Name.jl);
# using/import inside a top-level try block; paths and the environment (relpath, expanduser,
# contractuser, isdirpath, splitdrive, withenv, getpid)
println(LOAD_PATH)
try
    using Geo
catch e
    println(e)
end
push!(LOAD_PATH, joinpath(@__DIR__, "load_path_dir"))
using Geo
import Util
println(area(2), " ", Util.help(), " ", Geo.area(1), " ", last(LOAD_PATH) == joinpath(@__DIR__, "load_path_dir"))
println(relpath("/a/b/c", "/a"), " ", relpath("/a/b", "/a/b/c/d"), " ", relpath("/a", "/a"), " ", relpath("/x/y", "/a/b"), " ", relpath("/a/b/", "/a"), " ", relpath(joinpath(pwd(), "q")))
println(expanduser("~/x") == joinpath(homedir(), "x"), " ", expanduser("~") == homedir(), " ", expanduser("a~"), " ", contractuser(joinpath(homedir(), "q")), " ", contractuser("/elsewhere"))
try expanduser("~root/x") catch e; println(e) end
println(isdirpath("a/"), isdirpath("a"), isdirpath("."), isdirpath(".."), isdirpath("a/.."), isdirpath(""), " ", splitdrive("/a/b"))
r = withenv("JL_GOLDEN_T1" => "1", "JL_GOLDEN_T2" => nothing) do
    (ENV["JL_GOLDEN_T1"], haskey(ENV, "JL_GOLDEN_T2"))
end
println(r, " ", haskey(ENV, "JL_GOLDEN_T1"), " ", withenv(() -> 5), " ", getpid() isa Int32, " ", getpid() > 0)
