package io.autocrm.identity.apikey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bootstrap API key ({@code autocrm.security.bootstrap-api-key}, env {@code AUTOCRM_BOOTSTRAP_API_KEY}): when set,
 * an admin-scoped key named {@code bootstrap} with exactly this secret exists from startup on.
 *
 * @param bootstrapApiKey          the whole key, {@code acrm_…}, at least 40 characters; unset for none
 * @param bootstrapApiKeyRateLimit its requests per minute
 */
@ConfigurationProperties("autocrm.security")
record BootstrapKeyProperties(String bootstrapApiKey, @DefaultValue("6000") int bootstrapApiKeyRateLimit) {

    boolean configured() {
        return bootstrapApiKey != null && !bootstrapApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "BootstrapKeyProperties[bootstrapApiKey=" + (configured() ? "(set)" : "(unset)")
                + ", bootstrapApiKeyRateLimit=" + bootstrapApiKeyRateLimit + "]";
    }
}
