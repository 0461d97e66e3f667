package io.autocrm.command.rules;

import io.autocrm.command.access.Memberships;
import io.autocrm.command.ticket.TicketFacts;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.events.common.TicketId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads a ticket as conditions see it: its facts from its aggregate (never behind, see {@link TicketFacts}), its
 * requester's organisation, its subject and its description.
 */
@Component
public class TicketSnapshots {

    private final TicketFacts facts;
    private final Memberships memberships;

    TicketSnapshots(TicketFacts facts, Memberships memberships) {
        this.facts = facts;
        this.memberships = memberships;
    }

    /** The ticket as it is now; empty when there is none. */
    public Optional<TicketSnapshot> find(TicketId ticketId) {
        return facts.find(ticketId).map(f -> {
            OrganisationId organisation = f.requesterId() == null ? null
                    : memberships.membershipOf(f.requesterId()).map(Memberships.Membership::organisationId)
                            .orElse(null);
            return new TicketSnapshot(f, organisation, facts.subjectOf(ticketId).orElse(""),
                    facts.descriptionOf(ticketId).orElse(""));
        });
    }
}
