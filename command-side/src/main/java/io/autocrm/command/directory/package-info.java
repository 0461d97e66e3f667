/**
 * The write side's directory: agents, teams, organisations, ticket statuses and custom field definitions, kept in
 * plain {@code directory.*} tables (not event-sourced) and administered over REST. The ticket aggregate consults it
 * through small interfaces ({@link io.autocrm.command.directory.StatusCatalog},
 * {@link io.autocrm.command.directory.CustomFieldCatalog}, {@link io.autocrm.command.directory.AgentDirectory},
 * {@link io.autocrm.command.directory.TeamDirectory}) that tests replace with in-memory ones.
 */
package io.autocrm.command.directory;
