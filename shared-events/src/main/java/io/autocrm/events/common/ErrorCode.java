package io.autocrm.events.common;

/**
 * Stable error codes of AutoCRM, the one list of them. The {@link #code()} is what API clients see in problem details;
 * never rename one. Each refusal ({@link DomainException} and the exceptions named for what happened) carries one. The
 * protocol a code travels in is not the contract's business: the HTTP edge maps each code to its status.
 */
public enum ErrorCode {
    VALIDATION_FAILED("validation-failed", "Invalid request"),
    MALFORMED_REQUEST("malformed-request", "Malformed request"),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type"),
    NOT_FOUND("not-found", "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable"),
    TICKET_NOT_FOUND("ticket-not-found", "Ticket not found"),
    CUSTOMER_NOT_FOUND("customer-not-found", "Customer not found"),
    CUSTOMER_ERASED("customer-erased", "Customer erased"),
    UNKNOWN_CUSTOMER("unknown-customer", "Unknown customer"),
    UNKNOWN_ORGANISATION("unknown-organisation", "Unknown organisation"),
    /** An agent named in a request body is unknown: a 422 despite its name, kept because clients know it. */
    AGENT_NOT_FOUND("agent-not-found", "Unknown agent"),
    /** A team named in a request body is unknown: a 422 despite its name, kept because clients know it. */
    TEAM_NOT_FOUND("team-not-found", "Unknown team"),
    UNKNOWN_STATUS("unknown-status", "Unknown status"),
    UNKNOWN_CUSTOM_FIELD("unknown-custom-field", "Unknown custom field"),
    INVALID_CUSTOM_FIELD_VALUE("invalid-custom-field-value", "Invalid custom field value"),
    DUPLICATE_DEFINITION("duplicate-definition", "Already defined"),
    TICKET_CLOSED("ticket-closed", "Ticket is closed"),
    TICKET_CANNOT_RETURN_TO_NEW("ticket-cannot-return-to-new", "A ticket never returns to new"),
    SOLVED_TICKET_NEEDS_ASSIGNEE("solved-ticket-needs-assignee", "Solving needs an assignee"),
    /** A custom field marked required has no value: to solve or close a ticket, or when a customer opens one. */
    REQUIRED_FIELD_MISSING("required-field-missing", "Required field missing"),
    TICKET_NOT_SOLVED("ticket-not-solved", "Only a solved ticket can be closed"),
    INACTIVE_STATUS("inactive-status", "Status is no longer in use"),
    /** The tickets cannot be merged (the same ticket, another requester, or one already merged into the other). */
    MERGE_REFUSED("merge-refused", "These tickets cannot be merged"),
    /** The ticket was not merged into another, so there is no merge to undo. */
    TICKET_NOT_MERGED("ticket-not-merged", "Ticket is not merged"),
    /** The messages cannot be split off (none chosen, not on the ticket, or all of them). */
    SPLIT_REFUSED("split-refused", "These messages cannot be split off"),
    VERSION_CONFLICT("version-conflict", "Version conflict"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key reused"),
    READ_MODELS_IN_USE("read-models-in-use", "Read models in use by other nodes"),
    READ_MODEL_BEHIND("read-model-behind", "Read model not yet at the requested version"),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable"),
    SERVICE_BUSY("service-busy", "Service busy"),
    UNAUTHENTICATED("unauthenticated", "Authentication required"),
    INVALID_TOKEN("invalid-token", "Invalid or expired token"),
    FORBIDDEN("forbidden", "Forbidden"),
    INSUFFICIENT_SCOPE("insufficient-scope", "The API key lacks a required scope"),
    CUSTOMER_ACTION_FORBIDDEN("customer-action-forbidden", "Customers cannot do this"),
    SIGNUP_DISABLED("signup-disabled", "Sign-up is disabled"),
    RATE_LIMITED("rate-limited", "Too many requests"),
    EMAIL_TAKEN("email-taken", "Email already in use"),
    WEAK_PASSWORD("weak-password", "Password too weak"),
    INVALID_RESET_TOKEN("invalid-reset-token", "Invalid or expired reset token"),
    API_KEY_NOT_FOUND("api-key-not-found", "API key not found"),
    USER_NOT_FOUND("user-not-found", "User not found"),
    INVALID_CONFIRMATION_TOKEN("invalid-confirmation-token", "Invalid or expired confirmation token"),
    LAST_ADMIN("last-admin", "The last admin cannot be demoted or disabled"),
    ORGANISATION_NOT_FOUND("organisation-not-found", "Organisation not found"),
    VIEW_NOT_FOUND("view-not-found", "View not found"),
    MACRO_NOT_FOUND("macro-not-found", "Macro not found"),
    /** A request names a macro as its cause (header {@code X-AutoCRM-Macro}) that the caller cannot see. */
    UNKNOWN_MACRO("unknown-macro", "Unknown macro"),
    /** A macro's text names a placeholder AutoCRM cannot fill. */
    UNKNOWN_PLACEHOLDER("unknown-placeholder", "Unknown placeholder"),
    /** No business-hours calendar has the id in the path. */
    CALENDAR_NOT_FOUND("calendar-not-found", "Calendar not found"),
    /** A calendar named in a request body (an agent's schedule, a team's coverage) does not exist. */
    UNKNOWN_CALENDAR("unknown-calendar", "Unknown calendar"),
    /** A calendar cannot be deleted while agents, teams or SLA policies use it, or while it is the default. */
    CALENDAR_IN_USE("calendar-in-use", "Calendar in use"),
    /** A time zone is not one of the IANA time zone ids (e.g. Europe/London). */
    UNKNOWN_TIME_ZONE("unknown-time-zone", "Unknown time zone"),
    /** A calendar's weekly hours or holidays are malformed, overlap, or leave no open day. */
    INVALID_BUSINESS_HOURS("invalid-business-hours", "Invalid business hours"),
    /** No routing rule has this id (or it was deleted). */
    ROUTING_RULE_NOT_FOUND("routing-rule-not-found", "Routing rule not found"),
    TRIGGER_NOT_FOUND("trigger-not-found", "Trigger not found"),
    AUTOMATION_NOT_FOUND("automation-not-found", "Automation not found"),
    /** An automation's conditions lack a time condition, or use one that only a trigger can answer. */
    INVALID_AUTOMATION_CONDITIONS("invalid-automation-conditions", "Invalid automation conditions"),
    /** A trigger's or automation's action is unknown or does not fit (an unknown status, team, agent or field). */
    INVALID_RULE_ACTION("invalid-rule-action", "Invalid action"),
    /** A skill key named in the request (an agent's skills) is not in the skills catalog. */
    UNKNOWN_SKILL("unknown-skill", "Unknown skill"),
    /** No SLA policy has the id in the path. */
    SLA_POLICY_NOT_FOUND("sla-policy-not-found", "SLA policy not found"),
    /** No mail of the mail log has the id in the path (or it is not the ticket's). */
    MAIL_NOT_FOUND("mail-not-found", "Mail not found"),
    /** Only a mail whose delivery failed or was cancelled can be sent again. */
    MAIL_NOT_RETRYABLE("mail-not-retryable", "This mail cannot be sent again"),
    /** A message names an attachment that is not a pending upload of the caller (another's, expired, already used). */
    UNKNOWN_ATTACHMENT("unknown-attachment", "Unknown attachment"),
    /** No attachment the caller may see has the id in the path (or it was erased). */
    ATTACHMENT_NOT_FOUND("attachment-not-found", "Attachment not found"),
    /** A download link whose signature does not match, or that has expired: ask for the ticket again. */
    INVALID_FILE_LINK("invalid-file-link", "Invalid or expired download link"),
    /** The ticket has no side conversation with the id in the path. */
    SIDE_CONVERSATION_NOT_FOUND("side-conversation-not-found", "Side conversation not found"),
    INTERNAL_ERROR("internal-error", "Internal error");

    private final String code;
    private final String title;

    ErrorCode(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
