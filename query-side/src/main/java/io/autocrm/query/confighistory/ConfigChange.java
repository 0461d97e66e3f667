package io.autocrm.query.confighistory;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change of configuration.
 *
 * @param actor      who: {@code user:<id>}, {@code customer:<id>}, {@code api_key:<id>}, {@code system:<what>} or
 *                   {@code migration}
 * @param actorName  the agent's or API key's current name, when the actor is one; else null
 * @param kind       the table, e.g. {@code directory.team}
 * @param key        the row's primary key (values joined by commas)
 * @param operation  {@code insert}, {@code update} or {@code delete}
 * @param changes    field by field, what differs between before and after (secrets only as changed)
 */
record ConfigChange(long id, Instant occurredAt, String actor, String actorName, String kind, String key,
                    String operation, List<FieldChange> changes) {

    /**
     * One field's change. {@code before}/{@code after} are JSON values (null when absent); a secret field's values
     * are never shown, only that it changed.
     */
    record FieldChange(String field, Object before, Object after, boolean secret) {
    }
}
