# String utilities.

==(a::String, b::String) = a === b
==(a::Char, b::Char) = a === b
isless(a::Char, b::Char) = Int64(a) < Int64(b)
<(a::Char, b::Char) = Int64(a) < Int64(b)
<=(a::Char, b::Char) = Int64(a) <= Int64(b)
<(a::String, b::String) = isless(a, b)
-(a::Char, b::Char) = Int64(a) - Int64(b)
+(c::Char, n::Int64) = Char(Int64(c) + n)
-(c::Char, n::Int64) = Char(Int64(c) - n)
function repeat(s::String, n::Int64)
    io = IOBuffer()
    for i in 1:n
        print(io, s)
    end
    String(take!(io))
end
Symbol(xs...) = Symbol(string(xs...))
