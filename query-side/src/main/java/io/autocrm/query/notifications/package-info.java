/**
 * Agents' notifications: what happened on their tickets that they should know (assigned to them, a customer wrote,
 * an answer came back into a side conversation), derived from the ticket events, with what each agent has read.
 */
package io.autocrm.query.notifications;
