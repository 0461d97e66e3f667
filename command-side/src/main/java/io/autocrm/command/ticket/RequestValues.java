package io.autocrm.command.ticket;

import io.autocrm.events.common.AttachmentId;
import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.TicketType;
import io.autocrm.platform.web.RequestIds;
import java.util.Arrays;
import java.util.List;

/** Parses the values of ticket requests, refusing malformed ones with VALIDATION_FAILED. */
final class RequestValues {

    private RequestValues() {
    }

    static Priority priority(String key) {
        return key == null ? null : Arrays.stream(Priority.values()).filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> failed("priority is one of low, normal, high, urgent."));
    }

    static TicketType type(String key) {
        return key == null ? null : Arrays.stream(TicketType.values()).filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> failed("type is one of question, incident, problem, task."));
    }

    /** The ids of pending uploads a request names; none when null. */
    static List<AttachmentId> attachmentIds(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().map(id -> {
            if (id == null) {
                throw failed("attachmentIds holds upload ids, not null.");
            }
            return RequestIds.optional(id, "attachmentIds[]", AttachmentId::new);
        }).toList();
    }

    static TicketNotFound notFound() {
        return new TicketNotFound("No ticket has this id.");
    }

    static InvalidInput failed(String detail) {
        return new InvalidInput(detail);
    }
}
