package io.autocrm.platform.web;

import io.autocrm.events.common.ErrorCode;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The HTTP status of each stable {@link ErrorCode}: the web edge's mapping, kept out of the contract. The switch has
 * no default, so a new code does not compile until it has a status. Three codes read inconsistently and stay so,
 * because clients know them: {@code agent-not-found} and {@code team-not-found} are 422 (an id named in the body),
 * like {@code unknown-customer}, while {@code customer-not-found} is 404 (the id in the path).
 */
public final class ErrorStatus {

    private ErrorStatus() {
    }

    public static HttpStatus of(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED, MALFORMED_REQUEST -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED, INVALID_TOKEN -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN, INSUFFICIENT_SCOPE, CUSTOMER_ACTION_FORBIDDEN, SIGNUP_DISABLED, INVALID_FILE_LINK ->
                    HttpStatus.FORBIDDEN;
            case NOT_FOUND, TICKET_NOT_FOUND, CUSTOMER_NOT_FOUND, API_KEY_NOT_FOUND, USER_NOT_FOUND,
                  ORGANISATION_NOT_FOUND, VIEW_NOT_FOUND, MACRO_NOT_FOUND, CALENDAR_NOT_FOUND,
                  ROUTING_RULE_NOT_FOUND, TRIGGER_NOT_FOUND, AUTOMATION_NOT_FOUND,
                  SLA_POLICY_NOT_FOUND, MAIL_NOT_FOUND, ATTACHMENT_NOT_FOUND,
                  SIDE_CONVERSATION_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> HttpStatus.METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> HttpStatus.NOT_ACCEPTABLE;
            case DUPLICATE_DEFINITION, TICKET_CLOSED, TICKET_NOT_MERGED, VERSION_CONFLICT, READ_MODELS_IN_USE, EMAIL_TAKEN,
                 LAST_ADMIN, CALENDAR_IN_USE, MAIL_NOT_RETRYABLE ->
                    HttpStatus.CONFLICT;
            case PAYLOAD_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case CUSTOMER_ERASED, UNKNOWN_CUSTOMER, UNKNOWN_ORGANISATION, AGENT_NOT_FOUND, TEAM_NOT_FOUND,
                 UNKNOWN_STATUS, UNKNOWN_CUSTOM_FIELD, INVALID_CUSTOM_FIELD_VALUE, TICKET_CANNOT_RETURN_TO_NEW,
                 SOLVED_TICKET_NEEDS_ASSIGNEE, REQUIRED_FIELD_MISSING, TICKET_NOT_SOLVED, INACTIVE_STATUS,
                 MERGE_REFUSED, SPLIT_REFUSED,
                 IDEMPOTENCY_KEY_REUSED, WEAK_PASSWORD, INVALID_RESET_TOKEN, INVALID_CONFIRMATION_TOKEN, UNKNOWN_MACRO,
                  UNKNOWN_PLACEHOLDER, UNKNOWN_CALENDAR, UNKNOWN_TIME_ZONE, INVALID_BUSINESS_HOURS,
                  INVALID_AUTOMATION_CONDITIONS, INVALID_RULE_ACTION, UNKNOWN_SKILL, UNKNOWN_ATTACHMENT ->
                    HttpStatus.UNPROCESSABLE_CONTENT;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case INTERNAL_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
            case READ_MODEL_BEHIND, SERVICE_UNAVAILABLE, SERVICE_BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    /** Every code that answers {@code status}, in the order of {@link ErrorCode}. */
    public static List<ErrorCode> codesWith(HttpStatus status) {
        return Arrays.stream(ErrorCode.values()).filter(code -> of(code) == status).toList();
    }
}
