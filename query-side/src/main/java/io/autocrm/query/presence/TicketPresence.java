package io.autocrm.query.presence;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The agents on a ticket now, by name: each one's state and since when they are in it. */
public record TicketPresence(String ticketId, List<Viewer> viewers) {

    public TicketPresence {
        viewers = List.copyOf(viewers);
    }

    /** An agent on the ticket. */
    public record Viewer(String agentId, String name, @Schema(allowableValues = {"viewing", "typing"}) String state,
                         Instant since) {
    }
}
