/**
 * A ticket's full event history ({@code GET /api/v1/tickets/{id}/events}), read from the event store, oldest first,
 * each event with its version, metadata and payload in API form.
 */
package io.autocrm.query.history;
