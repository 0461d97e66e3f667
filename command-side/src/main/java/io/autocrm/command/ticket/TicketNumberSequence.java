package io.autocrm.command.ticket;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ticket numbers from the PostgreSQL sequence {@code events.ticket_number_seq}. */
@Repository
class TicketNumberSequence implements TicketNumbers {

    private final JdbcClient jdbc;

    TicketNumberSequence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long next() {
        return jdbc.sql("SELECT nextval('events.ticket_number_seq')").query(Long.class).single();
    }
}
