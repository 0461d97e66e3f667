package io.autocrm.platform.web;

import io.autocrm.events.common.ErrorCode;
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
import io.swagger.v3.oas.models.servers.Server;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * The OpenAPI document's frame: what the API is, and the RFC 9457 problem responses every operation can give, so
 * that generated clients know the error shape. The codes it lists are generated from {@link ErrorCode} and
 * {@link ErrorStatus}, so the document never names a code the API does not have.
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
            openApi.servers(List.of(new Server().url("/").description("The server that publishes this document")));
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
                operation.setSecurity(List.of());
                add(operation, HttpStatus.TOO_MANY_REQUESTS,
                        "Too many sign-up, reset or refused-token requests from this client address; see Retry-After");
            } else {
                add(operation, HttpStatus.UNAUTHORIZED,
                        "No credentials, or an invalid, expired or revoked token or key");
                add(operation, HttpStatus.FORBIDDEN, "Not allowed for this caller (`insufficient-scope` for an API "
                        + "key without the scope; `customer-action-forbidden` for a customer on a staff-only action)");
                add(operation, HttpStatus.TOO_MANY_REQUESTS, "Over the API key's rate limit; see Retry-After");
            }
            add(operation, HttpStatus.BAD_REQUEST,
                    "Invalid or malformed request (also a minVersion beyond the ticket's latest version)");
            if (hasId) {
                add(operation, HttpStatus.NOT_FOUND,
                        "No such resource (`ticket-not-found` also for a ticket a customer may not see)");
            }
            if (write) {
                add(operation, HttpStatus.CONFLICT, "Stale If-Match (`version-conflict`), closed ticket, duplicate "
                        + "definition, or a state that forbids the change");
                add(operation, HttpStatus.CONTENT_TOO_LARGE, "Body too large");
                add(operation, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Not JSON");
                add(operation, HttpStatus.UNPROCESSABLE_CONTENT, "A business rule said no, or an id named in the "
                        + "body is unknown (`agent-not-found` and `team-not-found` are such ids, despite their names)");
            }
            add(operation, HttpStatus.SERVICE_UNAVAILABLE, "Retry: the database is unavailable, every database "
                    + "connection is busy, or the read model has not reached minVersion or not yet projected the "
                    + "ticket");
        });
    }

    /** Documents a problem response; its codes are every {@link ErrorCode} the web edge answers with that status. */
    private static void add(Operation operation, HttpStatus status, String description) {
        String key = String.valueOf(status.value());
        if (operation.getResponses() != null && !operation.getResponses().containsKey(key)) {
            String codes = ErrorStatus.codesWith(status).stream().map(code -> "`" + code.code() + "`")
                    .collect(Collectors.joining(", "));
            operation.getResponses().addApiResponse(key, new ApiResponse().description(description + ". Codes: "
                    + codes + ".").content(new Content().addMediaType("application/problem+json",
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
        properties.put("code", new StringSchema().description("Stable error code; never renamed")
                ._enum(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList()));
        properties.put("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(new ObjectSchema()
                .addProperty("field", new StringSchema()).addProperty("message", new StringSchema())));
        return new ObjectSchema().description("RFC 9457 problem details").properties(properties);
    }
}
