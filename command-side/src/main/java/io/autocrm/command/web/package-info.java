/**
 * Web plumbing shared by the command endpoints: If-Match/ETag versions, and dispatching commands with the caller's
 * metadata ({@link io.autocrm.command.access}) so that handlers' refusals surface intact, also when a command was
 * handled on another node.
 */
package io.autocrm.command.web;
