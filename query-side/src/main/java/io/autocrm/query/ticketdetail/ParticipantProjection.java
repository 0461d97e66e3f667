package io.autocrm.query.ticketdetail;

import io.autocrm.events.ticket.TicketParticipantAddedEvent;
import io.autocrm.events.ticket.TicketParticipantRemovedEvent;
import io.autocrm.query.postgres.ProcessingGroups;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Projects a ticket's participants into {@code read_model.ticket_participant}, with the ticket's row. */
@Component
@ProcessingGroup(ProcessingGroups.TICKETS)
class ParticipantProjection {

    private final JdbcClient jdbc;

    ParticipantProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @EventHandler
    void on(TicketParticipantAddedEvent e, @SequenceNumber Long seq) {
        jdbc.sql("""
                        INSERT INTO read_model.ticket_participant (ticket_id, customer_id, version) VALUES (?, ?, ?)
                        ON CONFLICT (ticket_id, customer_id) DO NOTHING""")
                .params(e.ticketId().value(), e.participantId().value(), seq + 1).update();
    }

    @EventHandler
    void on(TicketParticipantRemovedEvent e) {
        jdbc.sql("DELETE FROM read_model.ticket_participant WHERE ticket_id = ? AND customer_id = ?")
                .params(e.ticketId().value(), e.participantId().value()).update();
    }
}
