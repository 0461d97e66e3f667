/**
 * The audit trail: one {@code read_model.ticket_audit} row per ticket event, with actor, channel, time, a readable
 * description and the old and new values ({@code GET /api/v1/tickets/{id}/audit}). Ids only, never personal data.
 */
package io.autocrm.query.audit;
