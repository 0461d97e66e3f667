/**
 * Who is calling an API request: the {@link io.autocrm.identity.caller.CallerAuthentication} every authenticated
 * request carries, the lookup that rechecks the account behind a token on every request, and the 401/403 problems.
 */
package io.autocrm.identity.caller;
