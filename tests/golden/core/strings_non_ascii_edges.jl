# stripping strings that end in a multi-byte character; count of a Char; the escapes of a
# substitution string (s"\1\n\2": \n is a newline, \\ a backslash, \1 a group)
println(strip("café"), "|", rstrip("日本  "), "|", strip("x\u00a0"), "|", strip("ééhiéé", 'é'), "|", rstrip("a→→", '→'), "|", lstrip("  é"), "|", strip(SubString(" hé ", 1)))
println(count('a', "banana"), " ", count("an", "banana"), " ", count(isuppercase, "AbC"))
println(repr(replace("a b", r"(\w) (\w)" => s"\1\n\2")), " ", repr(replace("a b", r"(\w) (\w)" => s"\2\t\1")), " ", replace("ab", r"(a)" => s"[\1\\]"), " ", replace("x-y", r"(?<l>\w)-(?<r>\w)" => s"\g<r>+\g<l>"))
