package io.autocrm.identity.apikey;

import io.autocrm.events.common.ErrorCode;
import io.autocrm.platform.web.IdParameter;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The id of an API key, as paths name it; {@code toString()} is the raw value. */
record ApiKeyId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }

    /** Lets controllers take an {@code ApiKeyId}; a value that is no id names no key ({@code api-key-not-found}). */
    @Configuration(proxyBeanMethods = false)
    static class Parameter {

        @Bean
        IdParameter<ApiKeyId> apiKeyIdParameter() {
            return new IdParameter<>(ApiKeyId.class, ApiKeyId::new, ErrorCode.API_KEY_NOT_FOUND, "API key");
        }
    }
}
