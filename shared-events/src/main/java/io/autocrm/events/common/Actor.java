package io.autocrm.events.common;

import java.util.Objects;

/** Who made a change, as recorded in every event's metadata. {@code id} is a user, customer or API key id. */
public record Actor(ActorType type, String id) {

    /** AutoCRM itself: automations, timers, demo seeding. */
    public static final Actor SYSTEM = new Actor(ActorType.SYSTEM, "system");

    public Actor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return type.key() + ":" + id;
    }
}
