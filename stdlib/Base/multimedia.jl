# Julia's display stack: displays pushed with pushdisplay take what display(x) shows, the newest
# first; TextDisplay writes the text/plain form to a stream.

"""
    AbstractDisplay

The supertype of displays: `display(d, x)` shows `x` on `d`; `pushdisplay(d)` makes `display(x)`
use it.
"""
abstract type AbstractDisplay end

"""
    TextDisplay(io)

A display writing each value's `text/plain` form to `io`, then a newline.
"""
struct TextDisplay <: AbstractDisplay
    io::IO
end
display(d::TextDisplay, M::MIME"text/plain", x) = (show(d.io, M, x); println(d.io))
display(d::TextDisplay, x) = display(d, MIME"text/plain"(), x)
function display(d::TextDisplay, M::MIME, x)
    istextmime(M) || throw(MethodError(display, (d, M, x)))
    show(d.io, M, x)
    println(d.io)
end
displayable(d::TextDisplay, M::MIME) = istextmime(M)
displayable(d::AbstractDisplay, M::MIME) = false
displayable(d::AbstractDisplay, mime::AbstractString) = displayable(d, MIME(mime))

"""
    pushdisplay(d::AbstractDisplay)
    popdisplay()
    popdisplay(d::AbstractDisplay)

Adds `d` to the top of the display stack (`display(x)` tries the newest first), or removes the
top one (or `d`).
"""
pushdisplay(d::AbstractDisplay) = (push!(_displays, d); nothing)
popdisplay() = pop!(_displays)
function popdisplay(d::AbstractDisplay)
    for i in length(_displays):-1:1
        if _displays[i] == d
            return splice!(_displays, i)
        end
    end
    throw(KeyError(d))
end
"""
    displayable(mime)

Whether some display (or standard output, which takes text) can show that MIME type.
"""
displayable(mime::AbstractString) = displayable(MIME(mime))
displayable(M::MIME) = istextmime(M) || any(d -> displayable(d, M), _displays)
"""
    redisplay(x)

Shows `x` again (on a display that can update what it showed; here as `display`).
"""
redisplay(x) = display(x)
redisplay(d::AbstractDisplay, x) = display(d, x)
