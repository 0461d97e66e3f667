/**
 * Where the data lives: an embedded PostgreSQL when no database is configured, {@code DATABASE_URL} or
 * {@code spring.datasource.*} otherwise, and the Flyway migrations of the core and read-model schemas.
 */
package io.autocrm.platform.database;
