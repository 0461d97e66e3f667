/**
 * Signing in on the embedded issuer's pages: the sign-in page, the pages' shared frame and headers, the throttle of
 * failed sign-ins and the one of mail-sending and token-presenting requests.
 */
package io.autocrm.identity.signin;
