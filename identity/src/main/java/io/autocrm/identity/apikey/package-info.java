/**
 * API keys for integrations: their admin API, the bearer-key authentication of requests with a per-key rate limit,
 * and the bootstrap key configured at startup.
 */
package io.autocrm.identity.apikey;
