package io.autocrm.command.ticket;

import io.autocrm.events.common.CustomerId;
import java.util.List;
import io.autocrm.events.common.TicketId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Add and remove the ticket's participants (CCs): people who get its public replies by mail and whose mail to it is
 * added to it. {@code add}: existing customers, or new ones registered with the change. Staff, integrations and
 * AutoCRM (the mail channel adds a mail's copied addresses); not customers. Answers the ticket's version.
 */
public record ChangeParticipantsCommand(@TargetAggregateIdentifier TicketId ticketId,
                                        @TargetAggregateVersion Long expectedAggregateVersion,
                                        List<CreateTicketCommand.Requester> add, List<CustomerId> remove) {

    public ChangeParticipantsCommand {
        add = add == null ? List.of() : List.copyOf(add);
        remove = remove == null ? List.of() : List.copyOf(remove);
    }
}
