package io.autocrm.platform.files;

import java.util.regex.Pattern;

final class Hashes {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private Hashes() {
    }

    static String requireSha256(String hash) {
        if (hash == null || !SHA256.matcher(hash).matches()) {
            throw new IllegalArgumentException("Not a lower-case hex SHA-256: " + hash);
        }
        return hash;
    }
}
