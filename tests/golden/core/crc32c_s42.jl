# CRC32c: the standard check value, continuing a checksum, streams (JDK cross-check in ShaTest)
using CRC32c
println(crc32c("123456789"), " ", string(crc32c("123456789"), base = 16), " ", typeof(crc32c(UInt8[])))
println(crc32c("6789", crc32c("12345")) == crc32c("123456789"), " ", crc32c(b"abc") == crc32c("abc"))
println(crc32c(IOBuffer("123456789")), " ", crc32c(IOBuffer("123456789"), 5) == crc32c("12345"))
try
    crc32c(IOBuffer("x"), -1)
catch e
    println(sprint(showerror, e))
end
