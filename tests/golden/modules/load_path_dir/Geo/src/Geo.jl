# a package laid out as Julia's: Geo/src/Geo.jl
module Geo
export area
area(r) = 3r^2
end
