/**
 * SLA policies: the admin API over {@code directory.sla_policy} (ordered, versioned, conditions in the rules
 * package's language) and the process manager that measures each ticket against the first matching policy by sending
 * {@link io.autocrm.command.ticket.MeasureSlaCommand}; the clocks themselves live on the ticket (docs/adr/014).
 */
package io.autocrm.command.sla;
