package io.autocrm.events.common;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Organisation; {@code toString()} is the raw UUID. */
public record OrganisationId(UUID value) {

    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    public static OrganisationId of(String raw) {
        return new OrganisationId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
