package io.autocrm.platform.web;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.events.common.ErrorCode;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Clients see the same status for every code as before the mapping moved out of the contract into the web edge:
 * this table is what they saw, one entry per code, and a change to it is a change of the API.
 */
class ErrorStatusTest {

    static final Map<String, Integer> STATUSES_CLIENTS_KNOW = Map.ofEntries(
            entry("validation-failed", 400),
            entry("malformed-request", 400),
            entry("payload-too-large", 413),
            entry("unsupported-media-type", 415),
            entry("not-found", 404),
            entry("method-not-allowed", 405),
            entry("not-acceptable", 406),
            entry("ticket-not-found", 404),
            entry("customer-not-found", 404),
            entry("customer-erased", 422),
            entry("unknown-customer", 422),
            entry("unknown-organisation", 422),
            entry("agent-not-found", 422),
            entry("team-not-found", 422),
            entry("unknown-status", 422),
            entry("unknown-custom-field", 422),
            entry("invalid-custom-field-value", 422),
            entry("duplicate-definition", 409),
            entry("ticket-closed", 409),
            entry("ticket-not-merged", 409),
            entry("merge-refused", 422),
            entry("split-refused", 422),
            entry("ticket-cannot-return-to-new", 422),
            entry("solved-ticket-needs-assignee", 422),
            entry("required-field-missing", 422),
            entry("ticket-not-solved", 422),
            entry("inactive-status", 422),
            entry("version-conflict", 409),
            entry("idempotency-key-reused", 422),
            entry("read-models-in-use", 409),
            entry("read-model-behind", 503),
            entry("service-unavailable", 503),
            entry("service-busy", 503),
            entry("unauthenticated", 401),
            entry("invalid-token", 401),
            entry("forbidden", 403),
            entry("insufficient-scope", 403),
            entry("customer-action-forbidden", 403),
            entry("signup-disabled", 403),
            entry("rate-limited", 429),
            entry("email-taken", 409),
            entry("weak-password", 422),
            entry("invalid-reset-token", 422),
            entry("api-key-not-found", 404),
            entry("user-not-found", 404),
            entry("invalid-confirmation-token", 422),
            entry("last-admin", 409),
            entry("organisation-not-found", 404),
            entry("view-not-found", 404),
            entry("macro-not-found", 404),
            entry("unknown-macro", 422),
            entry("unknown-placeholder", 422),
            entry("calendar-not-found", 404),
            entry("unknown-calendar", 422),
            entry("calendar-in-use", 409),
            entry("unknown-time-zone", 422),
            entry("invalid-business-hours", 422),
            entry("routing-rule-not-found", 404),
            entry("trigger-not-found", 404),
            entry("automation-not-found", 404),
            entry("invalid-automation-conditions", 422),
            entry("invalid-rule-action", 422),
            entry("unknown-skill", 422),
            entry("sla-policy-not-found", 404),
            entry("mail-not-found", 404),
            entry("mail-not-retryable", 409),
            entry("unknown-attachment", 422),
            entry("attachment-not-found", 404),
            entry("side-conversation-not-found", 404),
            entry("invalid-file-link", 403),
            entry("internal-error", 500));

    @Test
    void answersEveryCodeWithTheStatusClientsKnow() {
        Map<String, Integer> answered = Arrays.stream(ErrorCode.values())
                .collect(Collectors.toMap(ErrorCode::code, code -> ErrorStatus.of(code).value()));
        assertThat(answered).isEqualTo(STATUSES_CLIENTS_KNOW);
    }

    @Test
    void listsTheCodesOfAStatusForTheApiDocument() {
        assertThat(ErrorStatus.codesWith(HttpStatus.NOT_FOUND)).extracting(ErrorCode::code).containsExactly(
                "not-found", "ticket-not-found", "customer-not-found", "api-key-not-found", "user-not-found",
                "organisation-not-found", "view-not-found", "macro-not-found", "calendar-not-found",
                "routing-rule-not-found", "trigger-not-found", "automation-not-found",
                "sla-policy-not-found", "mail-not-found", "attachment-not-found",
                "side-conversation-not-found");
    }
}
