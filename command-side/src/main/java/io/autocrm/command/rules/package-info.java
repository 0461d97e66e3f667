/**
 * Conditions over a ticket, shared by routing rules, SLA policies, triggers and automations: one language, one
 * evaluation, one validation, and an explanation of every outcome (the dry run and the ticket's history show why a
 * rule matched or did not). {@link io.autocrm.command.rules.TicketSnapshots} reads what a ticket is now from its
 * aggregate and its texts.
 */
package io.autocrm.command.rules;
