/**
 * Triggers and automations: rules that change tickets by themselves. A trigger reacts to a ticket's change (created,
 * a status change, a customer message ...) when its conditions hold; an automation is evaluated periodically over the
 * tickets whose times qualify ("solved for 4 days", "pending for 3 days"). Both speak the one condition language of
 * {@link io.autocrm.command.rules} and act only through ordinary ticket commands sent as AutoCRM (actor {@code system})
 * with the rule as the cause in their metadata, so every action is an event in the ticket's history. Loop protection:
 * a trigger acts at most once per ticket and chain, and a chain of triggers stops at {@link RuleCause#MAX_DEPTH}
 * (docs/adr/015).
 */
package io.autocrm.command.automation;
