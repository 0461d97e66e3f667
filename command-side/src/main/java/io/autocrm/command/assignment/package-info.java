/**
 * The assignment engine: gives a team's tickets that have no assignee to one of its members by the team's method
 * (round robin, least busy, balanced), through ordinary {@code UpdateTicketCommand}s sent as {@code system} with the
 * team and method as the cause and a short reason, so every ticket's history says why it was assigned. Its processor
 * ({@link io.autocrm.command.assignment.AssignmentLedger}, processing group {@code assignment}) keeps the engine's own
 * view of tickets and turns from the events, in the same transaction as its token; the
 * {@link io.autocrm.command.assignment.AssignmentEngine} decides from that view and the directory, one team at a time
 * under a PostgreSQL advisory lock, each command conditional on the ticket's version. A ticket no one can take waits in
 * its team's queue (urgent first, then oldest) until someone comes online, has room again or starts a shift (see docs/adr/016).
 */
package io.autocrm.command.assignment;
