/**
 * Customers: the event-sourced {@link io.autocrm.command.customer.Customer} aggregate, whose events carry ids only,
 * and their personal data (name, email) in {@code pii.customer}, written in the same transaction and erasable on
 * request. Also finds or registers the requester of a new ticket, and knows which organisation a customer belongs
 * to (whose tickets they may see when it shares them).
 */
package io.autocrm.command.customer;
