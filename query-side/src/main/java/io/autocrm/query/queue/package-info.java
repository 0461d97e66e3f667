/**
 * The ticket queue: the {@code read_model.ticket} row of every ticket, its projection, the filtered, sorted and
 * keyset-paged queue query ({@code GET /api/v1/tickets}) and the live queue stream ({@code GET /api/v1/stream/tickets}),
 * both limited for customers to the tickets they may see, in the customer view
 * ({@link io.autocrm.query.queue.CustomerTicket}).
 */
package io.autocrm.query.queue;
