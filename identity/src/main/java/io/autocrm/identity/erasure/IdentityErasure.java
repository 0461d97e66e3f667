package io.autocrm.identity.erasure;

import io.autocrm.events.customer.CustomerErasedEvent;
import io.autocrm.identity.selfservice.EmailOutbox;
import io.autocrm.identity.signin.LoginThrottle;
import io.autocrm.platform.database.ConfigurationHistory;
import java.util.UUID;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a customer is erased, everything identity holds about them goes too: their login, reset links, sign-up
 * claims, queued mail and its count, failed sign-ins under their address and the issuer's grants. A subscribing
 * processor (application.yml) runs this in the erasure command's own transaction, and a failure here fails the
 * erasure, so the two never part.
 */
@Component
@ProcessingGroup(IdentityErasure.GROUP)
class IdentityErasure {

    static final String GROUP = "identity-erasure";
    private final JdbcClient jdbc;
    private final EmailOutbox outbox;
    private final LoginThrottle signIns;
    private final ConfigurationHistory history;

    IdentityErasure(JdbcClient jdbc, EmailOutbox outbox, LoginThrottle signIns, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
        this.outbox = outbox;
        this.signIns = signIns;
    }

    @EventHandler
    void on(CustomerErasedEvent event) {
        erase(event.customerId().value());
    }

    void erase(UUID customerId) {
        String email = jdbc.sql("SELECT email FROM identity.user_account WHERE id = ?").param(customerId)
                .query(String.class).optional().orElse(null);
        String principal = customerId.toString();
        jdbc.sql("DELETE FROM identity.oauth2_authorization WHERE principal_name = ?").param(principal).update();
        jdbc.sql("DELETE FROM identity.oauth2_authorization_consent WHERE principal_name = ?").param(principal).update();
        outbox.erase(customerId, email);
        jdbc.sql("DELETE FROM identity.signup_claim WHERE customer_id = ? OR lower(email) = lower(?)")
                .params(customerId, email).update();
        if (email != null) {
            signIns.forget(email);
        }
        ConfigurationHistory.actingAs(ConfigurationHistory.system("erasure"), () -> history.write(() -> {
            jdbc.sql("DELETE FROM identity.user_account WHERE id = ?").param(customerId).update();
            forgetEmailInHistory(customerId);
        }));
    }

    /** The login's history keeps who and when, not the erased customer's address. */
    private void forgetEmailInHistory(UUID customerId) {
        jdbc.sql("""
                UPDATE audit.config_change
                   SET old_value = jsonb_set(old_value, '{email}', 'null', false),
                       new_value = jsonb_set(new_value, '{email}', 'null', false)
                 WHERE entity_kind = 'identity.user_account' AND entity_key = ?""")
                .param(customerId.toString()).update();
    }

    @Configuration(proxyBeanMethods = false)
    static class FailuresFailTheErasure {

        @Bean
        ConfigurerModule identityErasureErrors() {
            return configurer -> configurer.eventProcessing()
                    .registerListenerInvocationErrorHandler(GROUP, c -> PropagatingErrorHandler.instance());
        }
    }
}
