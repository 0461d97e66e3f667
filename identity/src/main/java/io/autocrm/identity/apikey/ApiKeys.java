package io.autocrm.identity.apikey;

import io.autocrm.access.Scope;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.identity.apikey.ApiKeyFormat.GeneratedKey;
import io.autocrm.identity.throttle.Throttle.Decision;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The API keys of integrations: issuing, listing, revoking, and recognising a presented key. Every lookup reads the
 * database, so a revocation takes effect at once on every node. Give this bean to
 * {@link ApiKeyAuthenticationFilter}'s constructor.
 */
@Service
public class ApiKeys {

    private static final int PREFIX_ATTEMPTS = 5;

    private final ApiKeyStore store;
    private final KeyUsage usage;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(ApiKeyStore store, KeyUsage usage) {
        this.store = store;
        this.usage = usage;
    }

    /** A key that may be used: found, secret matched, neither revoked nor expired. */
    record ActiveKey(UUID id, Set<Scope> scopes, int rateLimitPerMinute) {
    }

    /** A key just issued: the whole key, shown this once, and what the admin API shows of it later. */
    record IssuedKey(String key, ApiKeyView apiKey) {

        @Override
        public String toString() {
            return "IssuedKey[" + apiKey.prefix() + "]";
        }
    }

    /** The key as {@code GET /api/v1/me} describes it to a caller authenticated by it; empty when unknown. */
    public Optional<ApiKeyView> describe(UUID keyId) {
        return find(keyId);
    }

    IssuedKey issue(String name, Set<Scope> scopes, Instant expiresAt, int rateLimitPerMinute, String createdBy) {
        for (int attempt = 1; ; attempt++) {
            GeneratedKey generated = ApiKeyFormat.generate(random);
            StoredKey key = new StoredKey(UUID.randomUUID(), name, generated.prefix(),
                    ApiKeyFormat.hash(generated.key()), scopes, rateLimitPerMinute, expiresAt, null, null, createdBy,
                    Instant.now());
            try {
                store.insert(key);
                return new IssuedKey(generated.key(), key.view(Instant.now()));
            } catch (DuplicateKeyException e) {
                if (attempt == PREFIX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    List<ApiKeyView> all() {
        Instant now = Instant.now();
        return store.all().stream().map(key -> key.view(now)).toList();
    }

    Optional<ApiKeyView> find(UUID id) {
        return store.find(id).map(key -> key.view(Instant.now()));
    }

    /** Revokes the key from now on; revoking it again changes nothing. */
    void revoke(UUID id) {
        if (!store.revoke(id, Instant.now())) {
            throw notFound();
        }
    }

    static DomainException notFound() {
        return new DomainException(ErrorCode.API_KEY_NOT_FOUND, "No API key has this id.");
    }

    /** The active key the text is; empty for anything else, whatever the reason. */
    Optional<ActiveKey> authenticate(String presented) {
        Optional<String> prefix = ApiKeyFormat.prefixOf(presented);
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return store.findByPrefix(prefix.get())
                .filter(key -> ApiKeyFormat.matches(presented, key.secretHash()) && key.isActive(now))
                .map(key -> new ActiveKey(key.id(), key.scopes(), key.rateLimitPerMinute()));
    }

    /** Takes one request from the key's per-minute allowance, shared by every node. */
    Decision admit(ActiveKey key) {
        return usage.admit(key.id(), key.rateLimitPerMinute());
    }

    void used(ActiveKey key) {
        usage.used(key.id());
    }
}
