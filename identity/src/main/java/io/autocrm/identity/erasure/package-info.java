/**
 * Erasure of a customer's identity data: when a customer is erased, their login, reset links, queued mail and
 * throttle entries go in the erasure's own transaction. It uses the account, self-service and sign-in packages and
 * nothing uses it, so erasing never ties those packages to each other.
 */
package io.autocrm.identity.erasure;
