package io.autocrm.identity.account;

import io.autocrm.events.common.ErrorCode;
import io.autocrm.platform.web.IdParameter;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The id of a login (the id of its agent or customer), as the API names it; {@code toString()} is the raw value. */
record UserId(UUID value) {

    /** How a login's id is read from a path or a request body; a value that is no id names no login. */
    static final IdParameter<UserId> PARAMETER =
            new IdParameter<>(UserId.class, UserId::new, ErrorCode.USER_NOT_FOUND, "login");

    @Override
    public String toString() {
        return value.toString();
    }

    /** Lets controllers take a {@code UserId} ({@code user-not-found} for a value that is no id). */
    @Configuration(proxyBeanMethods = false)
    static class Parameter {

        @Bean
        IdParameter<UserId> userIdParameter() {
            return PARAMETER;
        }
    }
}
