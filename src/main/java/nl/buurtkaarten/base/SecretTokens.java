package nl.buurtkaarten.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/** Secret tokens (a parent's key for a meeting, a remembered device): 256 random bits, kept in the browser; the database holds only a hash. */
public final class SecretTokens {

    public static final int BYTES = 32;

    private SecretTokens() {}

    public static String generate(RandomGenerator random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether a string has the shape of a token at all, before any database look-up. */
    public static boolean isWellFormed(String token) {
        return token != null
                && token.length() == 43
                && token.chars()
                        .allMatch(c -> (c >= 'A' && c <= 'Z')
                                || (c >= 'a' && c <= 'z')
                                || (c >= '0' && c <= '9')
                                || c == '-'
                                || c == '_');
    }
}
