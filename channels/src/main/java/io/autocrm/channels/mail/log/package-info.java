/**
 * The mail log: every mail sent and received with its delivery state or what became of it, for admins (the console's
 * mail screen) and, per ticket, for agents; the originals received, and sending a failed mail again.
 */
package io.autocrm.channels.mail.log;
