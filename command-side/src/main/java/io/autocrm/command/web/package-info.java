/**
 * Web plumbing shared by the command endpoints: who the actor of a request is, the metadata every command carries
 * (actor, channel, correlation id), If-Match/ETag versions, and dispatching commands so that handlers' refusals
 * surface intact, also when a command was handled on another node.
 */
package io.autocrm.command.web;
