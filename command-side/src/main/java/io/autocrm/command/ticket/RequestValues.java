package io.autocrm.command.ticket;

import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.TicketType;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

/** Parses the values of ticket requests, refusing malformed ones with VALIDATION_FAILED. */
final class RequestValues {

    private RequestValues() {
    }

    /** The id of a UUID-typed value, or null when {@code raw} is null. */
    static <T> T id(String raw, String property, Function<UUID, T> factory) {
        if (raw == null) {
            return null;
        }
        try {
            return factory.apply(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw failed(property + " must be a UUID.");
        }
    }

    /** The ticket named in a path; a malformed id names no ticket. */
    static TicketId ticketId(String raw) {
        try {
            return TicketId.of(raw);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    static Priority priority(String key) {
        return key == null ? null : Arrays.stream(Priority.values()).filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> failed("priority is one of low, normal, high, urgent."));
    }

    static TicketType type(String key) {
        return key == null ? null : Arrays.stream(TicketType.values()).filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> failed("type is one of question, incident, problem, task."));
    }

    static TicketNotFound notFound() {
        return new TicketNotFound("No ticket has this id.");
    }

    static InvalidInput failed(String detail) {
        return new InvalidInput(detail);
    }
}
