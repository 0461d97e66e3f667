/**
 * Rate limits shared by every node: token buckets (Bucket4j) kept in PostgreSQL, one table per kind of limit, for
 * API keys, sign-ins, the public forms and the mail they send.
 */
package io.autocrm.identity.throttle;
