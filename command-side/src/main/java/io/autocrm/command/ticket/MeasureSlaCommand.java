package io.autocrm.command.ticket;

import io.autocrm.command.ticket.sla.SlaTerms;
import io.autocrm.events.common.TicketId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Measures the ticket against an SLA policy's terms for its priority (null: no policy matches it any more) and
 * records what its clocks imply by now. Sent by the SLA process manager only (actor {@code system}); a ticket already
 * measured with the same policy for the same priority keeps the version it was measured against.
 */
public record MeasureSlaCommand(@TargetAggregateIdentifier TicketId ticketId, SlaTerms terms) {
}
