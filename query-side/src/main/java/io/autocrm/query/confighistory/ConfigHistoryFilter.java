package io.autocrm.query.confighistory;

import io.autocrm.events.common.DomainException;
import io.autocrm.query.web.Params;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to list of the configuration history: any of the table, the row's key, the actor, a time range (from
 * inclusive, to exclusive) and a text found in the key, the actor or the values; a page of {@code limit} entries older
 * than {@code before} (a page's {@code nextCursor}).
 */
record ConfigHistoryFilter(String kind, String key, String actor, Instant from, Instant to, String text, Long before,
                           int limit) {

    static final Set<String> PARAMETERS = Set.of("kind", "key", "actor", "from", "to", "q", "cursor", "limit");
    private static final Pattern KIND = Pattern.compile("[a-z_][a-z0-9_]{0,62}\\.[a-z_][a-z0-9_]{0,62}");
    private static final int MAX_TEXT = 200;
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    /** @throws DomainException VALIDATION_FAILED for an unknown parameter or a bad value, naming it */
    static ConfigHistoryFilter parse(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!PARAMETERS.contains(parameter.getKey())) {
                throw Params.invalid("Unknown parameter '" + Params.shorten(parameter.getKey()) + "'; expected "
                        + String.join(", ", PARAMETERS.stream().sorted().toList()) + ".");
            }
            if (parameter.getValue().length > 1) {
                throw Params.invalid("Parameter '" + parameter.getKey() + "' is given more than once.");
            }
        }
        String kind = single(parameters, "kind");
        if (kind != null && !KIND.matcher(kind).matches()) {
            throw Params.invalid("Parameter 'kind' must name a table as schema.table, e.g. directory.team, got '"
                    + Params.shorten(kind) + "'.");
        }
        Instant from = optional(parameters, "from");
        Instant to = optional(parameters, "to");
        if (from != null && to != null && !from.isBefore(to)) {
            throw Params.invalid("Parameter 'from' must be before 'to'.");
        }
        String text = single(parameters, "q");
        if (text != null && text.length() > MAX_TEXT) {
            throw Params.invalid("Parameter 'q' must be at most " + MAX_TEXT + " characters.");
        }
        return new ConfigHistoryFilter(kind, single(parameters, "key"), single(parameters, "actor"), from, to, text,
                Params.version("cursor", single(parameters, "cursor")), limit(single(parameters, "limit")));
    }

    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values[0].isBlank() ? null : values[0].trim();
    }

    private static Instant optional(Map<String, String[]> parameters, String name) {
        String raw = single(parameters, name);
        return raw == null ? null : Params.instant(name, raw);
    }

    private static int limit(String raw) {
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        Long limit = Params.version("limit", raw);
        if (limit > MAX_LIMIT) {
            throw Params.invalid("Parameter 'limit' must be at most " + MAX_LIMIT + ", got " + limit + ".");
        }
        return limit.intValue();
    }
}
