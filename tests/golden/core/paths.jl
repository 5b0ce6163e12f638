# path functions as Julia's (pure string operations), and facts about the running program
println(basename(PROGRAM_FILE) == basename(@__FILE__), " ", basename(@__FILE__), " ", isinteractive())
println(gethostname() isa String, " ", homedir() == ENV["HOME"], " ", isabspath(pwd()))
println(splitdir("/a/b/c.txt"), " ", dirname("/a/b/c.txt"), " ", abspath(".") == pwd(), " ", normpath("/a/./b/../c"), " ", isabspath("/x"))
println(normpath("a/b/../../.."), " ", normpath("./x/"), " ", normpath("/.."), " ", normpath("a//b"), " ", normpath(""), " ", splitpath("/a/b/c"), " ", splitpath("a/b/"))
println(repr(dirname("/a")), " ", repr(dirname("a")), " ", repr(basename("/a/b/")), " ", dirname("/a/b/"), " ", splitdir("c.txt"))
println(filesize("/nonexistent_file_for_golden"), " ", ispath("/nonexistent_file_for_golden"))
