/**
 * The e-mail channel's shared parts: its configuration, the mail servers it talks to (an embedded one in the default
 * run), and the threads that tie mails to tickets.
 */
package io.autocrm.channels.mail;
