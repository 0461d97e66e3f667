/**
 * Axon Framework wiring: the JDBC event store and token store in PostgreSQL (snake_case, bytea), the Jackson 2
 * serializer, event metadata (actor, channel, correlation, causation), snapshotting, and an event store whose
 * projections hear of new events at once, on this node and, by LISTEN/NOTIFY, on the others.
 */
package io.autocrm.platform.axon;
