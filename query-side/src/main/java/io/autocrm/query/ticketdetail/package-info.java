/**
 * Ticket detail: the conversation index {@code read_model.ticket_message} and its projection, the detail query
 * {@code GET /api/v1/tickets/{id}} with read-your-writes ({@code minVersion}) and time travel ({@code asOf}, folded
 * from the ticket's events by {@link io.autocrm.query.ticketdetail.TicketFolder}).
 */
package io.autocrm.query.ticketdetail;
