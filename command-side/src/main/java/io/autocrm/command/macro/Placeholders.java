package io.autocrm.command.macro;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The placeholders of a macro's text: {@code {{name}}} with optional spaces inside the braces. {@link #NAMES} lists
 * those AutoCRM fills; {@code {{ticket.custom_fields.<key>}}} names a custom field. Values are HTML-escaped when
 * filled in, so a requester called {@code <script>} stays text.
 */
final class Placeholders {

    static final Set<String> NAMES = Set.of("ticket.number", "ticket.subject", "ticket.status", "ticket.priority",
            "ticket.type", "requester.name", "requester.first_name", "agent.name", "agent.first_name");
    static final String CUSTOM_FIELD_PREFIX = "ticket.custom_fields.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private Placeholders() {
    }

    /** The placeholder names in {@code text}, in order of first use. */
    static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /**
     * Refuses a text naming a placeholder that is neither one of {@link #NAMES} nor a custom field that
     * {@code fieldExists}.
     *
     * @throws UnknownPlaceholder for the first unknown one
     */
    static void requireKnown(String text, Predicate<String> fieldExists) {
        for (String name : in(text)) {
            boolean known = NAMES.contains(name) || (name.startsWith(CUSTOM_FIELD_PREFIX)
                    && fieldExists.test(name.substring(CUSTOM_FIELD_PREFIX.length())));
            if (!known) {
                throw new UnknownPlaceholder("The text names {{" + name + "}}, which AutoCRM cannot fill; known are "
                        + String.join(", ", NAMES.stream().sorted().map(n -> "{{" + n + "}}").toList())
                        + " and {{" + CUSTOM_FIELD_PREFIX + "<field key>}}.");
            }
        }
    }

    /** {@code html} with each placeholder replaced by its HTML-escaped value (empty when {@code values} lacks it). */
    static String fill(String html, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(html);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(filled, Matcher.quoteReplacement(Entities.escape(value)));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
