package io.autocrm.events.common;

/**
 * Stable error codes of AutoCRM. The {@link #code()} is what API clients see in problem details; never rename one.
 * The status is the HTTP status the code maps to.
 */
public enum ErrorCode {
    VALIDATION_FAILED("validation-failed", 400, "Invalid request"),
    MALFORMED_REQUEST("malformed-request", 400, "Malformed request"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    TICKET_NOT_FOUND("ticket-not-found", 404, "Ticket not found"),
    CUSTOMER_NOT_FOUND("customer-not-found", 404, "Customer not found"),
    CUSTOMER_ERASED("customer-erased", 422, "Customer erased"),
    UNKNOWN_CUSTOMER("unknown-customer", 422, "Unknown customer"),
    UNKNOWN_ORGANISATION("unknown-organisation", 422, "Unknown organisation"),
    AGENT_NOT_FOUND("agent-not-found", 422, "Unknown agent"),
    TEAM_NOT_FOUND("team-not-found", 422, "Unknown team"),
    UNKNOWN_STATUS("unknown-status", 422, "Unknown status"),
    UNKNOWN_CUSTOM_FIELD("unknown-custom-field", 422, "Unknown custom field"),
    INVALID_CUSTOM_FIELD_VALUE("invalid-custom-field-value", 422, "Invalid custom field value"),
    DUPLICATE_DEFINITION("duplicate-definition", 409, "Already defined"),
    TICKET_CLOSED("ticket-closed", 409, "Ticket is closed"),
    TICKET_CANNOT_RETURN_TO_NEW("ticket-cannot-return-to-new", 422, "A ticket never returns to new"),
    SOLVED_TICKET_NEEDS_ASSIGNEE("solved-ticket-needs-assignee", 422, "Solving needs an assignee"),
    TICKET_NOT_SOLVED("ticket-not-solved", 422, "Only a solved ticket can be closed"),
    INACTIVE_STATUS("inactive-status", 422, "Status is no longer in use"),
    VERSION_CONFLICT("version-conflict", 409, "Version conflict"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency key reused"),
    READ_MODELS_IN_USE("read-models-in-use", 409, "Read models in use by other nodes"),
    READ_MODEL_BEHIND("read-model-behind", 503, "Read model not yet at the requested version"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable"),
    SERVICE_BUSY("service-busy", 503, "Service busy"),
    UNAUTHENTICATED("unauthenticated", 401, "Authentication required"),
    INVALID_TOKEN("invalid-token", 401, "Invalid or expired token"),
    FORBIDDEN("forbidden", 403, "Forbidden"),
    INSUFFICIENT_SCOPE("insufficient-scope", 403, "The API key lacks a required scope"),
    CUSTOMER_ACTION_FORBIDDEN("customer-action-forbidden", 403, "Customers cannot do this"),
    SIGNUP_DISABLED("signup-disabled", 403, "Sign-up is disabled"),
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    EMAIL_TAKEN("email-taken", 409, "Email already in use"),
    WEAK_PASSWORD("weak-password", 422, "Password too weak"),
    INVALID_RESET_TOKEN("invalid-reset-token", 422, "Invalid or expired reset token"),
    API_KEY_NOT_FOUND("api-key-not-found", 404, "API key not found"),
    USER_NOT_FOUND("user-not-found", 404, "User not found"),
    INVALID_CONFIRMATION_TOKEN("invalid-confirmation-token", 422, "Invalid or expired confirmation token"),
    LAST_ADMIN("last-admin", 409, "The last admin cannot be demoted or disabled"),
    ORGANISATION_NOT_FOUND("organisation-not-found", 404, "Organisation not found"),
    VIEW_NOT_FOUND("view-not-found", 404, "View not found"),
    INTERNAL_ERROR("internal-error", 500, "Internal error");

    private final String code;
    private final int status;
    private final String title;

    ErrorCode(String code, int status, String title) {
        this.code = code;
        this.status = status;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
