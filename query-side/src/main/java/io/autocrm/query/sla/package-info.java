/**
 * SLA read models: each ticket's targets with their state, due time and timeline ({@code read_model.ticket_sla_target},
 * built from the SLA events), and {@code GET /api/v1/tickets/{id}/sla} for staff.
 */
package io.autocrm.query.sla;
