/**
 * Events about agents that the work engine acts on: their status (online, away, offline). Not an aggregate's: each is
 * published on its own when the directory records the change, so it is in the event store's history and ordered with
 * the tickets' events for the processors that follow them.
 */
package io.autocrm.events.agent;
