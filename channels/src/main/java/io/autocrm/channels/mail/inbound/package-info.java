/**
 * Mail that arrives, from the support mailbox over IMAP or from a provider's inbound webhook: parsed, matched to its
 * ticket, and turned into a ticket or a customer message exactly once; auto-replies are ignored and broken mail is
 * quarantined, all of it recorded.
 */
package io.autocrm.channels.mail.inbound;
