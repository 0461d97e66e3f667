package io.autocrm.command.automation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One thing a trigger or automation does to a ticket. {@code type} says what, and which other parts it takes:
 * <ul>
 * <li>{@code set-status}, {@code set-priority}, {@code set-type}: {@code value} (a status key, a priority, a type);</li>
 * <li>{@code set-team}, {@code set-assignee}: {@code value}, a team's or agent's id, or {@value #NONE} to clear;</li>
 * <li>{@code add-tags}, {@code remove-tags}: {@code values};</li>
 * <li>{@code set-field}: {@code field} (a custom field's key) and {@code values} (none clears it);</li>
 * <li>{@code internal-note}, {@code public-reply}: {@code body}, sanitised HTML with the macros' placeholders such
 * as {@code {{requester.first_name}}}, filled when the rule acts.</li>
 * </ul>
 * New kinds (a {@code notify} action sending e-mail, say) join the list as new types.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleAction(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"set-status", "set-priority",
                "set-type", "set-team", "set-assignee", "add-tags", "remove-tags", "set-field", "internal-note",
                "public-reply"}) String type,
        String value, List<String> values, String field, String body) {

    /** The {@code value} of {@code set-team} and {@code set-assignee} that clears the ticket's team or assignee. */
    public static final String NONE = "none";

    public RuleAction {
        values = values == null ? null : List.copyOf(values);
    }

    public static RuleAction of(String type, String value) {
        return new RuleAction(type, value, null, null, null);
    }

    public static RuleAction tags(String type, List<String> values) {
        return new RuleAction(type, null, values, null, null);
    }

    public static RuleAction message(String type, String body) {
        return new RuleAction(type, null, null, null, body);
    }

    boolean isMessage() {
        return "internal-note".equals(type) || "public-reply".equals(type);
    }
}
