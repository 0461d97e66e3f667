/**
 * Who is on a ticket right now (collision detection): agents' heartbeats, kept for seconds and never as ticket events,
 * shared by every node through PostgreSQL and its {@code NOTIFY}, and streamed to the agents on the ticket.
 */
package io.autocrm.query.presence;
