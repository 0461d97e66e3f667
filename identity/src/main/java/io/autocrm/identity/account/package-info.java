/**
 * The people who may sign in: their login accounts and passwords, the admin's user management, one's own account,
 * the installation's identity settings, people found or registered for a login, and what erasure of a customer
 * removes from them.
 */
package io.autocrm.identity.account;
