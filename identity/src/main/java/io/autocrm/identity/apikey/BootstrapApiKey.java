package io.autocrm.identity.apikey;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Makes the configured bootstrap key exist, once the migrations have run and before the server takes requests: an
 * admin-scoped key named {@code bootstrap} with the configured secret and rate limit. A changed secret replaces the
 * old one (which stops working) and lifts a revocation; an unchanged secret that an admin revoked stays revoked. A
 * malformed key stops the startup.
 */
@Component
@DependsOn("coreMigration")
public class BootstrapApiKey implements InitializingBean {

    /** The same on every node and every start, so concurrent starts meet on one row. */
    public static final UUID ID = UUID.nameUUIDFromBytes("autocrm:api-key:bootstrap".getBytes(StandardCharsets.UTF_8));

    private static final Logger log = LoggerFactory.getLogger(BootstrapApiKey.class);

    private final BootstrapKeyProperties properties;
    private final ApiKeyStore store;

    BootstrapApiKey(BootstrapKeyProperties properties, ApiKeyStore store) {
        this.properties = properties;
        this.store = store;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.configured()) {
            return;
        }
        String key = properties.bootstrapApiKey().trim();
        int rateLimit = properties.bootstrapApiKeyRateLimit();
        check(key, rateLimit);
        String prefix = ApiKeyFormat.prefixOf(key).orElseThrow();
        try {
            if (upsert(prefix, ApiKeyFormat.hash(key), rateLimit)) {
                log.warn("The bootstrap API key {} is revoked; configure a new secret to use it again.", prefix);
            } else {
                log.info("Bootstrap API key {} ready (scope admin, {} requests a minute)", prefix, rateLimit);
            }
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException("The bootstrap API key begins with '" + prefix + "', the prefix of another "
                    + "API key; configure a different autocrm.security.bootstrap-api-key.", e);
        }
    }

    /**
     * PostgreSQL resolves {@code ON CONFLICT (id)} only against the id: when nodes start together, the loser of the
     * race can trip over the winner's still-uncommitted prefix first. That prefix then belongs to this very key, and
     * a second try meets the committed row through its id.
     */
    private boolean upsert(String prefix, byte[] secretHash, int rateLimit) {
        try {
            return store.upsertBootstrap(ID, prefix, secretHash, rateLimit);
        } catch (DuplicateKeyException e) {
            if (store.findByPrefix(prefix).filter(existing -> existing.id().equals(ID)).isEmpty()) {
                throw e;
            }
            return store.upsertBootstrap(ID, prefix, secretHash, rateLimit);
        }
    }

    /** Stops the startup with a message that says what is wrong, never the key itself. */
    private static void check(String key, int rateLimit) {
        if (!ApiKeyFormat.isWellFormed(key)) {
            throw new IllegalStateException("autocrm.security.bootstrap-api-key (AUTOCRM_BOOTSTRAP_API_KEY) must start "
                    + "with '" + ApiKeyFormat.MARKER + "' and be " + ApiKeyFormat.MIN_LENGTH + " to "
                    + ApiKeyFormat.MAX_LENGTH + " characters long: letters, digits and - . _ ~ + / (then optional =).");
        }
        if (rateLimit < 1 || rateLimit > ApiKeyProperties.MAX_RATE_LIMIT) {
            throw new IllegalStateException("autocrm.security.bootstrap-api-key-rate-limit must be between 1 and "
                    + ApiKeyProperties.MAX_RATE_LIMIT + ".");
        }
    }
}
