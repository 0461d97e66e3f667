/**
 * SLA clocks of a ticket, as pure state and arithmetic: what the ticket did (status changes, messages) and what was
 * recorded (the applied policy, clock changes, warnings, breaches, fulfilments), and the targets derived from both
 * with a business calendar. The ticket aggregate holds a {@link io.autocrm.command.ticket.sla.SlaLedger} and records
 * what {@link io.autocrm.command.ticket.sla.SlaClocks} finds; see docs/adr/014.
 */
package io.autocrm.command.ticket.sla;
