/**
 * Test fixtures for the query side: a migrated PostgreSQL, seeded personal data and directory rows, ticket event
 * stories, the real projections behind Axon's annotation adapter, and Axon's JDBC event store on the real schema.
 */
package io.autocrm.query.testing;
