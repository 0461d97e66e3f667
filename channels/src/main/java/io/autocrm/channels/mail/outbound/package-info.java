/**
 * Mail that leaves: public replies queued in their event's transaction, account mail from identity, delivered from
 * the outbox over SMTP with retries, and the mail log admins read.
 */
package io.autocrm.channels.mail.outbound;
