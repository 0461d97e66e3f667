package io.autocrm.command.ticket;

import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.SkillRequirement;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets the skills an agent needs to take the ticket (the whole set; empty clears it). Sent by routing rules, and by
 * staff and integrations. Answers the ticket's resulting API version.
 */
public record RequireSkillsCommand(@TargetAggregateIdentifier TicketId ticketId, List<SkillRequirement> skills) {

    public RequireSkillsCommand {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
