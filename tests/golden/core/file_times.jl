# mtime/ctime (seconds since the epoch; 0.0 for a missing path, as Julia's zero stat), islink, symlink, readlink
p = tempname()
write(p, "x")
t = mtime(p)
println(abs(t - time()) < 60, " ", ctime(p) > 0, " ", mtime("/nonexistent_zz"), " ", islink(p), " ", islink("/nonexistent_zz"))
q = p * ".lnk"
symlink(p, q)
println(islink(q), " ", isfile(q), " ", readlink(q) == p)
rm(q); rm(p)
