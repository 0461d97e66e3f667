/**
 * Tickets: the event-sourced {@link io.autocrm.command.ticket.Ticket} aggregate with its lifecycle rules, its commands,
 * the ticket texts (subject, messages) kept in {@code pii.ticket_content}, human ticket numbers, idempotent creation
 * and the ticket REST endpoints.
 */
package io.autocrm.command.ticket;
