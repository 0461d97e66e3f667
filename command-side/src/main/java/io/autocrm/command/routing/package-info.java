/**
 * Routing rules: ordered, versioned conditions → actions that set a new or changed ticket's team, priority, type,
 * tags, required skills or assignee, applied by a process manager on the event stream through the ordinary ticket
 * commands (actor {@code system}, the rule and its version as cause), and dry-run against past tickets as they were
 * created (docs/adr/013).
 */
package io.autocrm.command.routing;
