package io.autocrm.identity.apikey;

import io.autocrm.access.Scope;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A row of {@code identity.api_key}. */
record StoredKey(UUID id, String name, String prefix, byte[] secretHash, Set<Scope> scopes, int rateLimitPerMinute,
                 Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String createdBy, Instant createdAt) {

    boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    ApiKeyView view(Instant now) {
        return new ApiKeyView(id, name, prefix, scopes.stream().sorted().map(Scope::key).toList(), rateLimitPerMinute,
                expiresAt, revokedAt != null, revokedAt, isActive(now), lastUsedAt, createdBy, createdAt);
    }

    @Override
    public String toString() {
        return "StoredKey[" + id + ", " + prefix + "]";
    }
}
