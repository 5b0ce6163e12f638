# An uncaught error's stack trace names each frame's method with the types of the arguments it
# was called with (the module when not Main), and shows a frame repeated in a row once.
module Geometry
area(w, h) = w > 0 ? w * h : throw(DomainError(w, "width must be positive"))
end
struct Box{T}
    w::T
    h::T
end
total(boxes::Vector{Box{T}}, scale...) where {T} = sum(b -> Geometry.area(b.w * scale[1], b.h), boxes)
countdown(n) = n == 0 ? total([Box(1.5, 2.0), Box(-1.0, 1.0)], 2) : countdown(n - 1)
println(total([Box(1, 2)], 3))
countdown(3)
