package io.autocrm.identity.apikey;

import java.util.Optional;
import java.util.UUID;

/** Parses key ids from paths, where a malformed id simply names nothing. */
final class ApiKeyIds {

    private ApiKeyIds() {
    }

    static Optional<UUID> parse(String raw) {
        try {
            return Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
