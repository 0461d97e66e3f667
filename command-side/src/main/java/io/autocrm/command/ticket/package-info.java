/**
 * Tickets: the event-sourced {@link io.autocrm.command.ticket.Ticket} aggregate with its lifecycle rules, its commands,
 * the ticket texts (subject, messages) kept in {@code pii.ticket_content}, human ticket numbers, idempotent creation
 * and the ticket REST endpoints. Who may do what to a ticket is decided here too: customers open tickets only for
 * themselves and reach only those they may see; staff write under their own name.
 */
package io.autocrm.command.ticket;
