package io.autocrm.identity.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of an API key: {@code acrm_<8 base62>_<43 base64url>}, i.e. a visible prefix of 13 characters by which
 * the key is found, then 256 random bits. Only a SHA-256 hash of the whole key is stored: the key is random, so a
 * fast hash suffices (no password hashing needed). A configured bootstrap key may be any bearer token (RFC 6750
 * {@code b64token} characters: letters, digits, {@code -._~+/}, trailing {@code =}) of {@value #MIN_LENGTH} to
 * {@value #MAX_LENGTH} characters starting {@code acrm_}; its prefix is likewise its first 13 characters.
 */
public final class ApiKeyFormat {

    static final String MARKER = "acrm_";
    public static final int PREFIX_LENGTH = MARKER.length() + 8;
    static final int MIN_LENGTH = 40;
    static final int MAX_LENGTH = 256;

    private static final char[] BASE62 =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final Pattern BEARER_TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");
    private static final Base64.Encoder SECRET_ENCODING = Base64.getUrlEncoder().withoutPadding();

    private ApiKeyFormat() {
    }

    /** A new key and its prefix. */
    record GeneratedKey(String prefix, String key) {

        @Override
        public String toString() {
            return prefix + "_…";
        }
    }

    static GeneratedKey generate(SecureRandom random) {
        StringBuilder prefix = new StringBuilder(MARKER);
        for (int i = 0; i < PREFIX_LENGTH - MARKER.length(); i++) {
            prefix.append(BASE62[random.nextInt(BASE62.length)]);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return new GeneratedKey(prefix.toString(), prefix + "_" + SECRET_ENCODING.encodeToString(secret));
    }

    /** True when the text claims to be an API key (rather than, say, a JWT), whether or not it is well formed. */
    static boolean looksLikeApiKey(String token) {
        return token.startsWith(MARKER);
    }

    /** The prefix of a well-formed key; empty for anything that cannot be a key. */
    static Optional<String> prefixOf(String key) {
        return isWellFormed(key) ? Optional.of(key.substring(0, PREFIX_LENGTH)) : Optional.empty();
    }

    static boolean isWellFormed(String key) {
        if (key == null || key.length() < MIN_LENGTH || key.length() > MAX_LENGTH || !key.startsWith(MARKER)) {
            return false;
        }
        return BEARER_TOKEN.matcher(key).matches();
    }

    static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Compares in time independent of where the hashes differ. */
    static boolean matches(String key, byte[] storedHash) {
        return MessageDigest.isEqual(hash(key), storedHash);
    }
}
