package io.autocrm.query.web;

import io.autocrm.query.access.Viewer;
import io.autocrm.events.ticket.TicketCreatedEvent;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a viewer may see one ticket, judged before anything else about the ticket is read or waited for: a ticket
 * a customer may not see answers {@code ticket-not-found}, exactly as an id without a ticket does, so neither its
 * existence nor its version leaks. The requester comes from the queue row, or from the ticket's creation event when
 * the read model has not caught up; the requester's organisation from {@code pii.customer}.
 */
@Component
public class TicketVisibility {

    private static final String REQUESTER = """
            SELECT t.requester_id, c.organisation_id
              FROM read_model.ticket t LEFT JOIN pii.customer c ON c.id = t.requester_id
             WHERE t.ticket_id = :id
            """;

    private record Requester(UUID id, UUID organisationId) {
    }

    private final JdbcClient jdbc;
    private final TicketReads reads;

    public TicketVisibility(DataSource dataSource, TicketReads reads) {
        this.jdbc = JdbcClient.create(dataSource);
        this.reads = reads;
    }

    /** Returns when the viewer may see the ticket; {@code ticket-not-found} otherwise. Staff pass without a read. */
    public void require(Viewer viewer, UUID ticketId) {
        if (!viewer.isCustomer()) {
            return;
        }
        Requester requester = fromReadModel(ticketId).orElseGet(() -> fromEventStore(ticketId));
        if (!viewer.maySee(requester.id(), requester.organisationId())) {
            throw TicketIds.notFound(ticketId);
        }
    }

    private Optional<Requester> fromReadModel(UUID ticketId) {
        return jdbc.sql(REQUESTER).param("id", ticketId).query((rs, row) -> new Requester(
                rs.getObject("requester_id", UUID.class), rs.getObject("organisation_id", UUID.class))).optional();
    }

    /** A ticket not projected yet: its creation event names the requester ({@code ticket-not-found} if none). */
    private Requester fromEventStore(UUID ticketId) {
        TicketCreatedEvent created = (TicketCreatedEvent) reads.events(ticketId).getFirst().getPayload();
        UUID requester = created.requesterId().value();
        List<UUID> organisation = jdbc.sql("SELECT organisation_id FROM pii.customer WHERE id = :id")
                .param("id", requester).query((rs, row) -> rs.getObject("organisation_id", UUID.class)).list();
        return new Requester(requester, organisation.isEmpty() ? null : organisation.getFirst());
    }
}
