/**
 * The command side of AutoCRM: aggregates, their command handlers and the REST endpoints that change state.
 *
 * <p>Packages by aggregate: {@code ticket}, {@code customer}, the write-side {@code directory} (agents, teams,
 * organisations, statuses, custom fields) and {@code web} (request actor and command metadata). Never depends on the
 * query side.
 */
package io.autocrm.command;
