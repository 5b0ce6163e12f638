# writing an array while reading memory it shares (a view of it, its adjoint, a reshape) reads
# the old values, as Julia's unalias makes sure; a mismatched assignment says what met what
x = [1, 2, 3, 4]; @views x[2:end] .= x[1:end-1]; println(x)
c = [1 2; 3 4]; c .= c'; println(c)
z = [1, 2, 3, 4]; copyto!(view(z, 2:4), view(z, 1:3)); println(z)
b = [1, 2, 3, 4]; @views b[2:end] = b[1:end-1]; println(b)
y = [1, 2, 3]; y .= y .+ 1; println(y)
w = [1.0, 2.0, 3.0]; v = [1.0, 1.0, 1.0]; w .= 2 .* v .+ w; println(w)
m = reshape(collect(1:6), 2, 3); r = vec(m); m .= reshape(reverse(r), 2, 3); println(m)
A = zeros(Int, 2, 3)
try; A[1, :] = [1, 2]; catch e; println(sprint(showerror, e)); end
try; A[1:2, 1:2] = ones(3, 3); catch e; println(sprint(showerror, e)); end
try; A[1:2] = [1, 2, 3]; catch e; println(sprint(showerror, e)); end
println(Base.mightalias(x, view(x, 1:2)), " ", Base.mightalias(x, [1, 2]), " ", Base.mightalias(1:3, 1:3))
