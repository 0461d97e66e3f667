/**
 * The people who may sign in: their login accounts and passwords, sign-up, password reset, the admin's user
 * management, the mail these send, and what erasure of a customer removes from them.
 */
package io.autocrm.identity.account;
