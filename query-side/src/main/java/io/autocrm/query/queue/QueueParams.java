package io.autocrm.query.queue;

import io.autocrm.events.common.Channel;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketType;
import io.autocrm.query.web.Params;
import io.autocrm.query.access.Viewer;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;

/**
 * Reads the queue's query parameters into a {@link FindTicketQueueQuery}. List parameters repeat or hold commas
 * ({@code status=open&status=pending}, {@code tag=a,b}); custom fields are {@code cf.<fieldKey>=<value>}. Unknown
 * parameters and bad values are validation failures, so a typo never silently widens a queue.
 */
final class QueueParams {

    static final String CUSTOM_FIELD_PREFIX = "cf.";
    private static final Set<String> KNOWN = Set.of("status", "category", "priority", "type", "assigneeId", "teamId",
            "requesterId", "organisationId", "tag", "channel", "q", "createdAfter", "createdBefore", "updatedAfter", "updatedBefore",
            "slaBreached", "slaDueBefore", "sort", "cursor", "limit");
    private static final Pattern STATUS_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern FIELD_KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final int MAX_TEXT = 200;

    private final MultiValueMap<String, String> params;

    /** SLA filters and sort are staff's: a customer learns nothing of the SLA targets of their tickets. */
    private static final Set<String> STAFF_ONLY = Set.of("slaBreached", "slaDueBefore");

    private QueueParams(MultiValueMap<String, String> params, Viewer viewer) {
        this(params);
        if (viewer.isCustomer()) {
            params.keySet().stream().filter(STAFF_ONLY::contains).findFirst().ifPresent(k -> {
                throw Params.invalid("Unknown query parameter '" + k + "'.");
            });
            if (params.getOrDefault("sort", List.of()).stream().anyMatch(s -> s != null && s.contains("slaDueAt"))) {
                throw Params.invalid("Parameter 'sort' must be one of updatedAt, createdAt, priority, number.");
            }
        }
    }

    private QueueParams(MultiValueMap<String, String> params) {
        this.params = params;
        params.keySet().stream().filter(k -> !KNOWN.contains(k) && !k.startsWith(CUSTOM_FIELD_PREFIX)).findFirst()
                .ifPresent(k -> {
                    throw Params.invalid("Unknown query parameter '" + Params.shorten(k) + "'.");
                });
    }

    /** The query of {@code GET /api/v1/tickets} for {@code viewer}. */
    static FindTicketQueueQuery forQueue(MultiValueMap<String, String> params, Viewer viewer) {
        QueueParams p = new QueueParams(params, viewer);
        QueueSort sort = QueueSort.parse(p.single("sort"));
        String raw = p.single("cursor");
        QueueCursor cursor = raw == null ? null : QueueCursor.decode(raw, sort);
        return new FindTicketQueueQuery(p.filter(), sort, cursor, p.limit(), viewer);
    }

    /** The query of the live stream for {@code viewer}: like the queue's, without full text or cursor. */
    static FindTicketQueueQuery forStream(MultiValueMap<String, String> params, Viewer viewer) {
        for (String refused : List.of("q", "cursor")) {
            if (params.containsKey(refused)) {
                throw Params.invalid("Parameter '" + refused + "' is not supported by the live stream; "
                        + "streams filter on ticket fields only.");
            }
        }
        QueueParams p = new QueueParams(params, viewer);
        return new FindTicketQueueQuery(p.filter(), QueueSort.parse(p.single("sort")), null, p.limit(), viewer);
    }

    /** The query of {@code GET /api/v1/tickets/count}: the queue's filters; sort, cursor and limit are unknown. */
    static FindTicketQueueQuery forCount(MultiValueMap<String, String> params, Viewer viewer) {
        for (String refused : List.of("sort", "cursor", "limit")) {
            if (params.containsKey(refused)) {
                throw Params.invalid("Unknown query parameter '" + refused
                        + "'; a count takes the queue's filters only.");
            }
        }
        QueueParams p = new QueueParams(params, viewer);
        return new FindTicketQueueQuery(p.filter(), QueueSort.parse(null), null, FindTicketQueueQuery.DEFAULT_LIMIT,
                viewer);
    }

    private QueueFilter filter() {
        return new QueueFilter(keys("status", STATUS_KEY), list("category", v -> StatusCategory.fromKey(v).key()),
                list("priority", v -> Priority.fromKey(v).key()), list("type", v -> TicketType.fromKey(v).key()),
                idOrNone("assigneeId"), idOrNone("teamId"), id("requesterId"),
                list("organisationId", v -> Params.uuid("organisationId", v).toString()), list("tag", this::tag),
                list("channel", v -> Channel.fromKey(v).key()), customFields(), text(),
                instant("createdAfter"), instant("createdBefore"), instant("updatedAfter"), instant("updatedBefore"),
                bool("slaBreached"), instant("slaDueBefore"));
    }

    private Boolean bool(String name) {
        String raw = single(name);
        if (raw == null) {
            return null;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Params.invalid("Parameter '" + name + "' must be true or false.");
        };
    }

    private int limit() {
        String raw = single("limit");
        if (raw == null) {
            return FindTicketQueueQuery.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= FindTicketQueueQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Params.invalid("Parameter 'limit' must be a whole number from 1 to " + FindTicketQueueQuery.MAX_LIMIT
                + ", got '" + Params.shorten(raw) + "'.");
    }

    private String single(String name) {
        List<String> values = values(name);
        if (values.size() > 1) {
            throw Params.invalid("Parameter '" + name + "' may be given only once.");
        }
        return values.isEmpty() ? null : values.getFirst();
    }

    private List<String> values(String name) {
        List<String> raw = params.getOrDefault(name, List.of());
        return raw.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }

    private List<String> list(String name, Function<String, String> canonical) {
        return values(name).stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                .filter(v -> !v.isEmpty()).map(v -> {
                    try {
                        return canonical.apply(v);
                    } catch (IllegalArgumentException e) {
                        throw Params.invalid("Parameter '" + name + "' has an unknown value '" + Params.shorten(v)
                                + "'.");
                    }
                }).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    private List<String> keys(String name, Pattern pattern) {
        return list(name, v -> {
            if (!pattern.matcher(v).matches()) {
                throw new IllegalArgumentException(v);
            }
            return v;
        });
    }

    private String tag(String value) {
        if (value.length() > 100) {
            throw new IllegalArgumentException(value);
        }
        return value;
    }

    private String id(String name) {
        String raw = single(name);
        return raw == null ? null : Params.uuid(name, raw).toString();
    }

    private String idOrNone(String name) {
        String raw = single(name);
        return raw != null && QueueFilter.NONE.equals(raw.toLowerCase(Locale.ROOT)) ? QueueFilter.NONE : id(name);
    }

    private Instant instant(String name) {
        String raw = single(name);
        return raw == null ? null : Params.instant(name, raw);
    }

    private String text() {
        String raw = single("q");
        if (raw != null && raw.length() > MAX_TEXT) {
            throw Params.invalid("Parameter 'q' may hold at most " + MAX_TEXT + " characters.");
        }
        return raw;
    }

    private Map<String, List<String>> customFields() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        params.keySet().stream().filter(k -> k.startsWith(CUSTOM_FIELD_PREFIX)).sorted().forEach(k -> {
            String key = k.substring(CUSTOM_FIELD_PREFIX.length());
            if (!FIELD_KEY.matcher(key).matches()) {
                throw Params.invalid("Parameter '" + Params.shorten(k) + "' does not name a custom field key.");
            }
            List<String> wanted = values(k);
            if (!wanted.isEmpty()) {
                fields.put(key, List.copyOf(new TreeSet<>(wanted)));
            }
        });
        return fields;
    }
}
