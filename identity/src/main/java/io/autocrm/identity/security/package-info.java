/**
 * Who is calling and whether they may: the security filter chains (issuer, sign-in pages, API, public files), the
 * embedded OpenID Connect issuer or an external one, and the {@link io.autocrm.identity.caller.CallerAuthentication}
 * every authenticated API request carries.
 */
package io.autocrm.identity.security;
