/**
 * The security filter chains: the issuer and sign-in pages, the API (bearer tokens and API keys), the public files,
 * and which API paths each role and scope may call.
 */
package io.autocrm.identity.security;
