/**
 * The contract between the command side and the query side: event records, id records, value types and error codes.
 *
 * <p>Plain Java only. Every event carries {@code @Revision} from its first day; a change of shape means a new revision
 * and an upcaster with a JSON fixture test. Personal data never travels in an event payload: events reference
 * customers and message contents by id (see docs/adr/002-personal-data-out-of-events.md).
 */
package io.autocrm.events;
