# SHA: one-call digests of strings, bytes and streams; contexts; HMAC (the JDK cross-check is ShaTest)
using SHA
println(bytes2hex(sha256("hello world")))
println(bytes2hex(sha1(b"abc")), " ", bytes2hex(sha1(IOBuffer("abc"))) == bytes2hex(sha1("abc")))
println(typeof(sha512("x")), " ", length(sha224("")), " ", length(sha3_384("")))
ctx = SHA256_CTX()
println(ctx, " ", SHA1_CTX(), " ", SHA3_512_CTX())
update!(ctx, "hello ")
update!(ctx, b"world")
println(digest!(ctx) == sha256("hello world"))
try
    update!(ctx, "more")
catch e
    println(sprint(showerror, e))
end
println(bytes2hex(hmac_sha256(Vector{UInt8}("key"), "The quick brown fox jumps over the lazy dog")))
