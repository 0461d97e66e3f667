/**
 * How projections keep their rows in PostgreSQL: writes batched per unit of work, asynchronous commits, microsecond
 * times, {@code jsonb} values, event metadata as text, initial custom fields, and shared processing group names.
 */
package io.autocrm.query.postgres;
