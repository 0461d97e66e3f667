/**
 * The configuration history: who changed which piece of configuration (agents, teams, organisations, statuses,
 * fields, logins, API keys, settings, macros, views, and every table that joins later), when, from what to what, as
 * the triggers of core migration V19 recorded it (docs/adr/012), read for admins with filters, newest first.
 */
package io.autocrm.query.confighistory;
