package io.autocrm.command.rules;

import io.autocrm.command.ticket.TicketFacts;
import io.autocrm.events.common.OrganisationId;

/**
 * What conditions are evaluated against: a ticket's facts, its requester's organisation (null: none), its subject
 * and its description (plain text; empty when unknown, e.g. erased).
 */
public record TicketSnapshot(TicketFacts.Facts facts, OrganisationId organisationId, String subject,
                             String description) {

    public TicketSnapshot {
        subject = subject == null ? "" : subject;
        description = description == null ? "" : description;
    }
}
