package io.autocrm.events.ticket;

import io.autocrm.events.common.TicketId;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The skills an agent needs to take the ticket changed; {@code skills} is the whole new set (empty: none needed), and
 * {@code previous} the set before. Routing rules require skills; assignment offers the ticket only to agents who have
 * them.
 */
@Revision("1")
public record TicketSkillsRequiredEvent(TicketId ticketId, List<SkillRequirement> skills,
                                        List<SkillRequirement> previous) {
}
