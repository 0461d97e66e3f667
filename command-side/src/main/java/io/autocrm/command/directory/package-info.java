/**
 * The write side's directory: agents, teams, organisations, ticket statuses and custom field definitions, kept in
 * plain {@code directory.*} tables (not event-sourced) and administered over REST. The ticket aggregate consults it
 * through small interfaces ({@link io.autocrm.command.directory.StatusCatalog},
 * {@link io.autocrm.command.directory.CustomFieldCatalog}, {@link io.autocrm.command.directory.AgentDirectory},
 * {@link io.autocrm.command.directory.TeamDirectory}) that tests replace with in-memory ones. Other modules register
 * agents ({@link io.autocrm.command.directory.AgentRegistry}), set up the directory
 * ({@link io.autocrm.command.directory.DirectoryAdministration}) and record installation facts
 * ({@link io.autocrm.command.directory.InstallationFacts}) through it, never by writing its tables.
 */
package io.autocrm.command.directory;
