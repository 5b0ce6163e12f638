# stripping strings that end in a multi-byte character; count of a Char; the escapes of a
# substitution string (s"\1\n\2": \n is a newline, \\ a backslash, \1 a group)
println(strip("café"), "|", rstrip("日本  "), "|", strip("x\u00a0"), "|", strip("ééhiéé", 'é'), "|", rstrip("a→→", '→'), "|", lstrip("  é"), "|", strip(SubString(" hé ", 1)))
println(count('a', "banana"), " ", count("an", "banana"), " ", count(isuppercase, "AbC"))
println(repr(replace("a b", r"(\w) (\w)" => s"\1\n\2")), " ", repr(replace("a b", r"(\w) (\w)" => s"\2\t\1")), " ", replace("ab", r"(a)" => s"[\1\\]"), " ", replace("x-y", r"(?<l>\w)-(?<r>\w)" => s"\g<r>+\g<l>"))
# several replacements apply at once, to the original text only; a replacement function gets the
# match (a SubString, or the Char for a character pattern)
println(replace("ab", "a" => "b", "b" => "a"), " ", replace("x < y", "<" => "&lt;", "&" => "&amp;"), " ", replace("cat dog", "cat" => "dog", "dog" => "cat"), " ", replace("aaaa", "a" => "b", "b" => "c"; count = 2))
println(replace("abc", "" => "-"), " ", replace("abc", r"" => "-"), " ", replace("abc", r"b" => s -> typeof(s)), " ", replace("abc", isletter => c -> Int(c)), " ", replace("abc", 'b' => c -> c + 1), " ", replace("a1b22c", r"\d+" => s"<\0>", 'a' => 'A'))
# rsplit from the end, with a limit; ranges found in a string run from the first character's index to the last's
println(rsplit("a b c"; limit = 2), " ", rsplit("a1b2c", isdigit; limit = 2), " ", rsplit("a,b;c", [',', ';']; limit = 2), " ", rsplit("a,,b,c", ","; limit = 2, keepempty = false))
println(rsplit("aaa", "aa"), " ", rsplit("a,b,c", ','; limit = 2), " ", rsplit("  a  b "), " ", rsplit("héé", "é"), " ", rsplit("", ","))
println(findfirst("é", "aé"), " ", findfirst("β", "αβγ"), " ", findlast("éé", "ééé"), " ", findfirst(r"é+", "aéé"), " ", findall("é", "éé"), " ", findprev("aa", "aaa", 1), " ", findprev("aa", "aaa", 2), " ", findlast("é", "héé"))
