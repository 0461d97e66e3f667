package io.autocrm.query.queue;

import io.autocrm.query.postgres.Times;
import io.autocrm.query.web.Params;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page ended: the sort it belongs to, the last row's sort value and ticket id. Clients see it as opaque
 * base64url text; a cursor is only valid with the sort it was made for.
 */
public record QueueCursor(QueueSort sort, Object value, UUID ticketId) {

    private static final String VERSION = "v1";

    /** The cursor after {@code last} in {@code sort} order. */
    static QueueCursor after(QueueSort sort, QueueItem last) {
        return parseValue(sort, sort.valueOf(last), UUID.fromString(last.id()));
    }

    String encode() {
        String plain = String.join("|", VERSION, sort.toString(), String.valueOf(value), ticketId.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a client's cursor for the given sort; anything else is a validation failure. */
    static QueueCursor decode(String raw, QueueSort sort) {
        String[] parts = plain(raw).split("\\|", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            throw unreadable();
        }
        if (!parts[1].equals(sort.toString())) {
            throw Params.invalid("Parameter 'cursor' belongs to sort '" + Params.shorten(parts[1])
                    + "', not '" + sort + "'; repeat the request with the sort that produced it.");
        }
        try {
            return parseValue(sort, parts[2], UUID.fromString(parts[3]));
        } catch (RuntimeException e) {
            throw unreadable();
        }
    }

    private static QueueCursor parseValue(QueueSort sort, String value, UUID ticketId) {
        Object typed = sort.temporal() ? Instant.parse(value) : (Object) Long.parseLong(value);
        if (typed instanceof Instant instant && !Times.clientRange(instant)) {
            throw new IllegalArgumentException("instant out of range: " + value);
        }
        return new QueueCursor(sort, typed, ticketId);
    }

    private static String plain(String raw) {
        try {
            return new String(Base64.getUrlDecoder().decode(raw.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unreadable();
        }
    }

    private static RuntimeException unreadable() {
        return Params.invalid("Parameter 'cursor' is not a cursor this API issued; use a page's nextCursor as is.");
    }
}
