package io.autocrm.identity.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.autocrm.platform.database.ConfigurationHistory;
import java.text.ParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded issuer's signing keys, kept in {@code identity.signing_key} so that every node signs and verifies with
 * the same key and tokens outlive restarts. The first node to start generates an RSA key (under a table lock, so two
 * nodes starting together agree); the newest key signs, all are published.
 */
final class SigningKeys implements JWKSource<SecurityContext> {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private volatile JWKSet keys;

    private final ConfigurationHistory history;

    SigningKeys(JdbcClient jdbc, TransactionTemplate transactions, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
        this.transactions = transactions;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        return selector.select(keys());
    }

    JWKSet keys() {
        JWKSet loaded = keys;
        if (loaded == null) {
            loaded = transactions.execute(status -> loadOrCreate());
            keys = loaded;
        }
        return loaded;
    }

    private JWKSet loadOrCreate() {
        jdbc.sql("LOCK TABLE identity.signing_key IN EXCLUSIVE MODE").update();
        List<String> stored = jdbc.sql("SELECT jwk FROM identity.signing_key ORDER BY created_at DESC")
                .query(String.class).list();
        if (stored.isEmpty()) {
            RSAKey key = generate();
            ConfigurationHistory.actingAs(ConfigurationHistory.system("issuer"), () -> history.write(() -> jdbc.sql(
                    "INSERT INTO identity.signing_key (kid, jwk) VALUES (?, ?)")
                    .params(key.getKeyID(), key.toJSONString()).update()));
            return new JWKSet(key);
        }
        return new JWKSet(stored.stream().map(SigningKeys::parse).toList());
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(3072).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate the issuer's signing key", e);
        }
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("identity.signing_key holds a key that is not a JWK", e);
        }
    }
}
