/**
 * Axon Framework wiring: the JDBC event store and token store in PostgreSQL (snake_case, bytea), the Jackson 2
 * serializer, event metadata (actor, channel, correlation, causation) and snapshotting.
 */
package io.autocrm.app.axon;
