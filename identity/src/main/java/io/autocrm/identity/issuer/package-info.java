/**
 * The issuer of people's tokens: the embedded OpenID Connect issuer (Spring Authorization Server, its keys, clients,
 * refresh tokens and claims in PostgreSQL), or an external one whose tokens are mapped onto AutoCRM's callers.
 */
package io.autocrm.identity.issuer;
