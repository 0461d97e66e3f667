package io.autocrm.identity.apikey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of API keys ({@code autocrm.api-keys.*}).
 *
 * @param defaultRateLimit requests per minute of a new key when its creator names no limit
 */
@ConfigurationProperties("autocrm.api-keys")
record ApiKeyProperties(@DefaultValue("600") int defaultRateLimit) {

    static final int MAX_RATE_LIMIT = 100_000;

    ApiKeyProperties {
        if (defaultRateLimit < 1 || defaultRateLimit > MAX_RATE_LIMIT) {
            throw new IllegalArgumentException(
                    "autocrm.api-keys.default-rate-limit must be between 1 and " + MAX_RATE_LIMIT);
        }
    }
}
