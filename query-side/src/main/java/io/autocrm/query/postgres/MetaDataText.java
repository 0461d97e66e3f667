package io.autocrm.query.postgres;

import java.util.Map;

/** Values of an event's metadata (actor, channel, correlation) as text. */
public final class MetaDataText {

    private MetaDataText() {
    }

    /** The value under {@code key} as text; null when the metadata or the value is absent. */
    public static String of(Map<String, ?> metaData, String key) {
        Object value = metaData == null ? null : metaData.get(key);
        return value == null ? null : value.toString();
    }
}
