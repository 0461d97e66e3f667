/**
 * Web plumbing shared by the command endpoints: who the actor of a request is, the metadata every command carries
 * (actor, channel, correlation id), If-Match/ETag versions, and dispatching commands so domain errors surface intact.
 */
package io.autocrm.command.web;
