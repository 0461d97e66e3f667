/**
 * Small helpers every read model shares: who reads ({@link io.autocrm.query.support.Viewer}) and whether they may see
 * a ticket ({@link io.autocrm.query.support.TicketVisibility}), what the customer view shows
 * ({@link io.autocrm.query.support.CustomerViewRules}), actors and their names, reads of one ticket with
 * read-your-writes waiting and their error codes, request parameter parsing, shared processing group names, times,
 * metadata, custom fields and JSON.
 */
package io.autocrm.query.support;
