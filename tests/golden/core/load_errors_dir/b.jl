x = 1
error("boom in b")
