# Methods of Base's submodules show their file by its name in Base, as Base's own methods do
# (line numbers masked, and only the location lines kept: Base's methods change as it is edited)
locations(s) = join(unique(filter(l -> occursin("@ ", l), split(replace(s, r"\.jl:\d+" => ".jl:N"), '\n'))), '\n')
println(locations(sprint(show, methods(Base.Iterators.take))))
try
    Base.Iterators.take(1, 2, 3)
catch e
    println(locations(sprint(showerror, e)))
end
