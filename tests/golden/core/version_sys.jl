# VersionNumber: v"...", parsing, ordering with prerelease and build parts, printing; VERSION; Sys
println(VERSION, " ", repr(VERSION), " ", VERSION >= v"1.6", " ", VERSION < v"1.11-DEV", " ", typeof(VERSION))
v = v"2.1.3-rc.1+build.5"
println(v, " ", v.major, " ", v.prerelease, " ", v.build, " ", v"1.2" == v"1.2.0", " ", v"1.0.0-alpha" < v"1.0.0", " ", v"1.0.0-alpha" < v"1.0.0-beta")
println(VersionNumber("0.3"), " ", VersionNumber(1, 2), " ", sort([v"1.10.0", v"1.9.4", v"1.10.0-rc2"]), " ", isless(v"1.0.0-2", v"1.0.0-a"))
println(Sys.WORD_SIZE, " ", Sys.islinux(), " ", Sys.iswindows(), " ", Sys.isunix(), " ", typeof(Sys.CPU_THREADS), " ", Sys.KERNEL isa Symbol, " ", Sys.total_memory() > 0, " ", Sys.free_memory() isa UInt64)
try VersionNumber("x.y") catch e; showerror(stdout, e) end
println()
