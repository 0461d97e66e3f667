/**
 * The one outbox of mail AutoCRM sends ({@code mail.outbox}): other modules queue mail here in their own transaction;
 * the e-mail channel delivers it.
 */
package io.autocrm.platform.mail;
