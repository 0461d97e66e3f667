/**
 * Fault drills: the assembled application as a separate process under a write load, killed with SIGKILL, cut off
 * from its PostgreSQL, raced by many clients on the same tickets and the same Idempotency-Key; each drill asserts that
 * nothing acknowledged is lost and that the read models still equal a replay of the event store.
 */
package io.autocrm.app.drills;
