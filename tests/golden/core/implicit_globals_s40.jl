# a name this top-level statement assigns outside its loops is an (implicit) global of Julia's
# lowering: assigning it in the loop's soft scope is ambiguous too, warned about, and local
begin
    x = 1
    for i = 1:2
        x = i
    end
    println(x)
end
