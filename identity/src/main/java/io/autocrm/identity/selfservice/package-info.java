/**
 * What people do for themselves by mail: customer sign-up with a confirmation link and password reset, through the
 * API and the pages under {@code /login}, and the outbox their mail waits in.
 */
package io.autocrm.identity.selfservice;
