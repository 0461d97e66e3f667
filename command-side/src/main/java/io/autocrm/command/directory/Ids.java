package io.autocrm.command.directory;

import java.util.Optional;
import java.util.UUID;

/** Parses ids from paths, where a malformed id simply names nothing. */
final class Ids {

    private Ids() {
    }

    static Optional<UUID> uuid(String raw) {
        try {
            return Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
