# The default constructor of a parametric struct is one method, Pt{T}(x, y) where T<:Real,
# whichever instance it is called through; an inner constructor Q{T}(x) where T likewise
shown(x) = replace(sprint(show, MIME"text/plain"(), x), (@__FILE__) => "FILE")
report(e) = println(replace(sprint(showerror, e), (@__FILE__) => "FILE"))
struct Pt{T<:Real}
    x::T
    y::T
end
println(shown(methods(Pt{Int})))
try
    Pt{Int}(1)
catch e
    report(e)
end
struct Q{T}
    x::T
    Q{T}(x) where T = new{T}(x)
end
try
    Q{Int}()
catch e
    report(e)
end
println(Q{Int}(2))
