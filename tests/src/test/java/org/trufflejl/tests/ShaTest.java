package org.trufflejl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SHA standard library against the JDK's own digests ({@link MessageDigest}, {@link Mac}):
 * every hash of the SHA-1, SHA-2 and SHA-3 families and three HMACs, over random messages of
 * every length around the block boundaries (where padding spills into a second block), fed
 * at once and in two pieces through a context; and the CRC32c library against {@link java.util.zip.CRC32C}.
 */
public class ShaTest {
    static Context ctx;
    static final String[][] HASHES = {
            {"sha1", "SHA-1", "SHA1_CTX"}, {"sha224", "SHA-224", "SHA224_CTX"}, {"sha256", "SHA-256", "SHA256_CTX"},
            {"sha384", "SHA-384", "SHA384_CTX"}, {"sha512", "SHA-512", "SHA512_CTX"}, {"sha3_224", "SHA3-224", "SHA3_224_CTX"},
            {"sha3_256", "SHA3-256", "SHA3_256_CTX"}, {"sha3_384", "SHA3-384", "SHA3_384_CTX"}, {"sha3_512", "SHA3-512", "SHA3_512_CTX"}};

    @BeforeAll
    static void start() {
        ctx = Context.newBuilder("jl").engine(TestSupport.ENGINE).build();
        ctx.eval("jl", """
                        using SHA, CRC32c
                        _crc_pieces(hex, cut) = (b = hex2bytes(hex); crc32c(b[cut+1:end], crc32c(b[1:cut])))
                        _sha_hex(f, hex) = bytes2hex(f(hex2bytes(hex)))
                        function _sha_pieces(C, hex, cut)
                            bytes = hex2bytes(hex)
                            c = C()
                            update!(c, bytes[1:cut])
                            update!(c, bytes[cut+1:end])
                            bytes2hex(digest!(c))
                        end
                        _hmac_hex(f, key, hex) = bytes2hex(f(hex2bytes(key), hex2bytes(hex)))
                        """);
    }

    @AfterAll
    static void stop() {
        ctx.close();
    }

    static Value julia(String code) {
        return ctx.eval("jl", code);
    }

    static byte[] message(Random rnd, int length) {
        byte[] b = new byte[length];
        rnd.nextBytes(b);
        return b;
    }

    @Test
    void digestsMatchTheJdk() throws Exception {
        Random rnd = new Random(4242);
        Value hexDigest = julia("_sha_hex");
        Value pieces = julia("_sha_pieces");
        int[] lengths = {0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 119, 127, 128, 129, 135, 136, 137, 143, 144, 200, 1000};
        for (String[] h : HASHES) {
            MessageDigest md = MessageDigest.getInstance(h[1]);
            Value f = julia(h[0]);
            Value c = julia(h[2]);
            for (int n : lengths) {
                byte[] m = message(rnd, n);
                String expected = HexFormat.of().formatHex(md.digest(m));
                assertEquals(expected, hexDigest.execute(f, hex(m)).asString(), h[0] + " of " + n + " bytes");
                int cut = n == 0 ? 0 : rnd.nextInt(n + 1);
                assertEquals(expected, pieces.execute(c, hex(m), cut).asString(), h[0] + " of " + n + " bytes, cut at " + cut);
            }
        }
    }

    @Test
    void hmacsMatchTheJdk() throws Exception {
        Random rnd = new Random(77);
        Value hmac = julia("_hmac_hex");
        String[][] macs = {{"hmac_sha1", "HmacSHA1"}, {"hmac_sha256", "HmacSHA256"}, {"hmac_sha512", "HmacSHA512"}};
        for (String[] h : macs) {
            for (int keyLength : new int[]{1, 20, 64, 65, 128, 129, 300}) {
                byte[] key = message(rnd, keyLength);
                byte[] m = message(rnd, rnd.nextInt(300));
                Mac mac = Mac.getInstance(h[1]);
                mac.init(new SecretKeySpec(key, h[1]));
                String expected = HexFormat.of().formatHex(mac.doFinal(m));
                assertEquals(expected, hmac.execute(julia(h[0]), hex(key), hex(m)).asString(),
                                h[0] + " with a key of " + keyLength + " bytes");
            }
        }
    }

    @Test
    void crc32cMatchesTheJdk() {
        Random rnd = new Random(5);
        Value whole = julia("h -> crc32c(hex2bytes(h))");
        Value pieces = julia("_crc_pieces");
        for (int n : new int[]{0, 1, 2, 7, 8, 9, 100, 1000, 5000}) {
            byte[] m = message(rnd, n);
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(m);
            long expected = crc.getValue();
            assertEquals(expected, whole.execute(hex(m)).asLong(), "crc32c of " + n + " bytes");
            int cut = rnd.nextInt(n + 1);
            assertEquals(expected, pieces.execute(hex(m), cut).asLong(), "crc32c of " + n + " bytes continued at " + cut);
        }
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
