package io.autocrm.identity.apikey;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An API key as the admin API shows it: everything but the secret, which is shown once, at creation.
 *
 * @param prefix the visible start of the key, to tell keys apart ({@code acrm_XXXXXXXX})
 * @param active neither revoked nor expired
 */
@Schema(description = "An API key without its secret")
public record ApiKeyView(UUID id, String name,
                         @Schema(example = "acrm_3fZk9QpL") String prefix,
                         @Schema(example = "[\"tickets:read\", \"tickets:write\"]") List<String> scopes,
                         int rateLimitPerMinute, Instant expiresAt, boolean revoked, Instant revokedAt,
                         boolean active,
                         @Schema(description = "Updated at most once a minute") Instant lastUsedAt,
                         @Schema(example = "user:8d0f…") String createdBy, Instant createdAt) {
}
