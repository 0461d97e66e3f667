package io.autocrm.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's frame: what the API is, and the RFC 9457 problem responses every operation can give, so
 * that generated clients know the error shape.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String PROBLEM = "Problem";
    private static final String BEARER = "bearer";

    @Bean
    OpenApiCustomizer autoCrmApiDocumentation() {
        return openApi -> {
            openApi.info(new Info().title("AutoCRM API").version("v1").description("""
                    The helpdesk API: tickets and their conversations, queues, history and live streams, customers,
                    and the directory (agents, teams, statuses, custom fields). Writes answer the ticket's new version
                    (also as ETag); send it as If-Match to make a change conditional and as ?minVersion= to read your
                    own write. Errors are RFC 9457 problem details with a stable `code`.

                    Every call but sign-up and password reset needs `Authorization: Bearer <token>`: an access token
                    from the sign-in flow (OAuth 2.0 authorization code with PKCE, or client credentials), or an API
                    key (`acrm_…`). Customers reach only their own tickets, or their organisation's when it shares
                    them; API keys reach what their scopes allow."""));
            openApi.components(components(openApi).addSchemas(PROBLEM, problemSchema())
                    .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                            .description("A JWT access token, or an API key starting acrm_")));
            openApi.addSecurityItem(new SecurityRequirement().addList(BEARER));
            openApi.getPaths().forEach(ApiDocumentation::documentProblems);
        };
    }

    private static Components components(OpenAPI openApi) {
        return openApi.getComponents() != null ? openApi.getComponents() : new Components();
    }

    private static void documentProblems(String path, PathItem item) {
        boolean hasId = path.contains("{");
        boolean open = path.startsWith("/api/v1/auth/");
        item.readOperationsMap().forEach((method, operation) -> {
            boolean write = method != PathItem.HttpMethod.GET;
            if (open) {
                operation.setSecurity(java.util.List.of());
                add(operation, "429", "Too many sign-up, reset or refused-token requests from this client address "
                        + "(`rate-limited`); see Retry-After");
            } else {
                add(operation, "401", "No credentials, or an invalid, expired or revoked token or key "
                        + "(`unauthenticated`, `invalid-token`)");
                add(operation, "403", "Not allowed for this caller (`forbidden`; `insufficient-scope` for an API key "
                        + "without the scope; `customer-action-forbidden` for a customer on a staff-only action)");
                add(operation, "429", "Over the API key's rate limit (`rate-limited`); see Retry-After");
            }
            add(operation, "400", "Invalid or malformed request (`validation-failed`, `malformed-request`; "
                    + "also a minVersion beyond the ticket's latest version)");
            if (hasId) {
                add(operation, "404", "No such resource (`ticket-not-found` — also a ticket a customer may not see, `customer-not-found`, "
                        + "`organisation-not-found`, `api-key-not-found`, `user-not-found`, `not-found`)");
            }
            if (write) {
                add(operation, "409", "Stale If-Match (`version-conflict`), closed ticket, duplicate definition");
                add(operation, "413", "Body too large (`payload-too-large`)");
                add(operation, "415", "Not JSON (`unsupported-media-type`)");
                add(operation, "422", "A business rule said no (e.g. `unknown-status`, `invalid-custom-field-value`, "
                        + "`unknown-customer` for an id named in the body)");
            }
            add(operation, "503", "Retry: the database is unavailable (`service-unavailable`), every database "
                    + "connection is busy (`service-busy`), or the read model "
                    + "has not reached minVersion or not yet projected the ticket (`read-model-behind`)");
        });
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").example("urn:autocrm:problem:version-conflict"));
        properties.put("title", new StringSchema());
        properties.put("status", new io.swagger.v3.oas.models.media.IntegerSchema());
        properties.put("detail", new StringSchema());
        properties.put("instance", new StringSchema());
        properties.put("code", new StringSchema().description("Stable error code; never renamed"));
        properties.put("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(new ObjectSchema()
                .addProperty("field", new StringSchema()).addProperty("message", new StringSchema())));
        return new ObjectSchema().description("RFC 9457 problem details").properties(properties);
    }
}
