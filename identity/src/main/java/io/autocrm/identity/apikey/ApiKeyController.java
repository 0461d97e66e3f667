package io.autocrm.identity.apikey;

import io.autocrm.access.CurrentCaller;
import io.autocrm.access.Scope;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.identity.apikey.ApiKeys.IssuedKey;
import io.autocrm.platform.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin API of the API keys that integrations authenticate with. */
@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "API keys", description = "Keys for integrations (admins only). Send a key as `Authorization: Bearer "
        + "acrm_…`; responses to keyed requests carry RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset.")
class ApiKeyController {

    private final ApiKeys apiKeys;
    private final ApiKeyProperties properties;
    private final CurrentCaller currentCaller;

    ApiKeyController(ApiKeys apiKeys, ApiKeyProperties properties, CurrentCaller currentCaller) {
        this.apiKeys = apiKeys;
        this.properties = properties;
        this.currentCaller = currentCaller;
    }

    @GetMapping
    @Operation(summary = "Every API key, newest first, revoked ones included; never their secrets")
    List<ApiKeyView> list() {
        return apiKeys.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One API key, without its secret")
    @ApiResponse(responseCode = "404", description = "No such key (`api-key-not-found`)")
    ApiKeyView get(@PathVariable ApiKeyId id) {
        return apiKeys.find(id.value()).orElseThrow(ApiKeys::notFound);
    }

    @PostMapping
    @Operation(summary = "Issues a key; the response is the only time the whole key is shown")
    @ApiResponse(responseCode = "201", description = "The key (store it now) and its metadata")
    ResponseEntity<IssuedKey> create(@Valid @RequestBody CreateApiKeyRequest request) {
        Instant expiresAt = request.expiresAt();
        if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "expiresAt must be in the future.");
        }
        int rateLimit = request.rateLimitPerMinute() == null
                ? properties.defaultRateLimit() : request.rateLimitPerMinute();
        IssuedKey issued = apiKeys.issue(request.name().trim(), scopes(request.scopes()), expiresAt, rateLimit,
                currentCaller.caller().actor().toString());
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + issued.apiKey().id())).body(issued);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revokes a key at once, on every node; revoking a revoked key changes nothing")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "No such key (`api-key-not-found`)")
    ResponseEntity<Void> revoke(@PathVariable ApiKeyId id) {
        apiKeys.revoke(id.value());
        return ResponseEntity.noContent().build();
    }

    private static Set<Scope> scopes(List<String> keys) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String key : keys) {
            scopes.add(Scope.fromKey(key).orElseThrow(() -> new DomainException(ErrorCode.VALIDATION_FAILED,
                    "Unknown scope '" + key + "'; known scopes: " + knownScopes() + ".")));
        }
        return scopes;
    }

    private static String knownScopes() {
        return String.join(", ", EnumSet.allOf(Scope.class).stream().map(Scope::key).toList());
    }

    /** A new API key. */
    record CreateApiKeyRequest(
            @NotBlank @Size(max = 100) @Schema(example = "Billing sync") String name,
            @NotEmpty @Schema(example = "[\"tickets:read\"]",
                    description = "tickets:read, tickets:write, users:read, users:write, events:read, admin")
            List<String> scopes,
            @Schema(description = "When the key stops working (ISO-8601, in the future); none for never")
            Instant expiresAt,
            @Min(1) @Max(ApiKeyProperties.MAX_RATE_LIMIT)
            @Schema(description = "Requests per minute per node; the configured default (600) when absent")
            Integer rateLimitPerMinute) implements StrictJson {
    }
}
