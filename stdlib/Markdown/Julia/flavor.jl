# The `julia` flavour, the one docstrings and md"..." use.

const julia = Config(
    Function[hashheader, list, fencedcode, blockquote, admonition, horizontalrule],
    Function[blocktex, blockinterp, indentcode, footnote, github_table, setextheader, paragraph],
    Dict{Char, Vector{Function}}(
        '\\' => Function[linebreak, escapes],
        '$' => Function[tex, interp],
        '-' => Function[en_dash],
        '`' => Function[inline_code],
        '*' => Function[asterisk_bold, asterisk_italic],
        '_' => Function[underscore_bold, underscore_italic],
        '!' => Function[image],
        '[' => Function[footnote_link, link],
        '<' => Function[autolink]))

const flavors = Dict{Symbol, Config}(:julia => julia)
