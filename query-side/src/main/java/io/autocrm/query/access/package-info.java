/**
 * Who a read is for ({@link io.autocrm.query.access.Viewer}): staff and API keys see tickets whole, a customer sees
 * their own (or their organisation's) in the customer view, whose labels and visible fields
 * {@link io.autocrm.query.access.CustomerViewRules} hold.
 */
package io.autocrm.query.access;
