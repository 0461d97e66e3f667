package io.autocrm.command.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.CustomerMessageAddedEvent;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which events the SLA process measures on: the ones that may change which policy a ticket meets. */
class SlaPolicyProcessTest {

    private final TicketId ticket = new TicketId(UUID.randomUUID());

    @Test
    void measuresOnAPropertyChangeButNotOnAMessage() {
        assertThat(SlaPolicyProcess.mayChangeWhichPolicyApplies(
                new TicketPriorityChangedEvent(ticket, Priority.NORMAL, Priority.URGENT))).isTrue();
        assertThat(SlaPolicyProcess.mayChangeWhichPolicyApplies(new CustomerMessageAddedEvent(ticket,
                new MessageId(UUID.randomUUID()), new CustomerId(UUID.randomUUID())))).isFalse();
    }
}
