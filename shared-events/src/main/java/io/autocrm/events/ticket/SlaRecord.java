package io.autocrm.events.ticket;

/**
 * AutoCRM's own record of a ticket's SLA (a policy applied or removed, a clock's change, a warning, a breach, a
 * fulfilment): never a change of the ticket by a person or a rule. It makes no edit stale, does not count as an update
 * ("hours since updated", the queue's "updated") and is not measured again by the SLA process.
 */
public interface SlaRecord {
}
