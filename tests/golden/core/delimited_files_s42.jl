# DelimitedFiles: readdlm's inference, delimiters, quotes, comments, headers; writedlm (Julia 1.10's stdlib)
using DelimitedFiles
display(readdlm(IOBuffer("1 2 3\n4 5 6\n"))); println()
display(readdlm(IOBuffer("1,2,3\n4,5,6\n"), ',', Int)); println()
display(readdlm(IOBuffer("a,1\nb,2.5\nc,true\n"), ',')); println()
display(readdlm(IOBuffer("1,,3\n4,5\n"), ',')); println()
d, h = readdlm(IOBuffer("x y\n1 2\n3 4\n"), header=true); display(d); println(); display(h); println()
display(readdlm(IOBuffer("\"a,b\",\"say \"\"hi\"\"\"\nc,d\n"), ',')); println()
display(readdlm(IOBuffer("# comment\n1 2 # trailing\n3 4\n"), comments=true)); println()
display(readdlm(IOBuffer("skip me\n1\t2\n"), '\t', skipstart=1)); println()
display(readdlm(IOBuffer("1;2\r\n3;4\r\n"), ';')); println()
display(readdlm(IOBuffer("ab cd\nef gh\n"), String)); println()
display(readdlm(IOBuffer("  1   2  \n\n  3 4\n"))); println()
io = IOBuffer(); writedlm(io, [1 2; 3 4]); print(String(take!(io)))
io = IOBuffer(); writedlm(io, [1.5, 2.0], ','); print(String(take!(io)))
io = IOBuffer(); writedlm(io, zip(1:2, ["a,b", "c\"d"]), ','); print(String(take!(io)))
io = IOBuffer(); writedlm(io, ["x", "y z"]); print(String(take!(io)))
try; readdlm(IOBuffer("1,x\n"), ',', Int); catch e; println(sprint(showerror, e)); end
try; readdlm("nonexistent.txt"); catch e; println(sprint(showerror, e)); end
# a file written and read back
path = tempname()
writedlm(path, [1 2.5; -3 4e10], ',')
println(read(path, String), readdlm(path, ','), " ", readdlm(path, ',', Float32) |> typeof)
rm(path)
try; readdlm(IOBuffer("1"), bogus=true); catch e; println(sprint(showerror, e)); end
