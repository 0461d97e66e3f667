package io.autocrm.query.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names the people behind actors: agents ({@code user:<agentId>}) from {@code directory.agent}, customers from
 * {@code pii.customer} (null once erased). One statement for a whole page of entries, whatever its length.
 */
@Component
public class ActorNames {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String NAMES = """
            SELECT 'user' AS type, id, name FROM directory.agent WHERE id = ANY(:agents)
            UNION ALL
            SELECT 'customer' AS type, id, name FROM pii.customer WHERE id = ANY(:customers)
            """;

    private final JdbcClient jdbc;

    public ActorNames(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The names of the people among {@code actors}, by {@code type:id}; ids that name no person are left out. */
    public Map<String, String> namesOf(Collection<ActorView> actors) {
        UUID[] agents = idsOf(actors, "user");
        UUID[] customers = idsOf(actors, "customer");
        Map<String, String> names = new HashMap<>();
        if (agents.length + customers.length > 0) {
            jdbc.sql(NAMES).param("agents", agents).param("customers", customers).query(rs -> {
                String name = rs.getString("name");
                if (name != null) {
                    names.put(key(rs.getString("type"), rs.getString("id")), name);
                }
            });
        }
        return names;
    }

    /** {@code actor} with the name {@link #namesOf} found for it. */
    public static ActorView named(ActorView actor, Map<String, String> names) {
        return new ActorView(actor.type(), actor.id(), actor.role(), names.get(key(actor.type(), actor.id())));
    }

    private static UUID[] idsOf(Collection<ActorView> actors, String type) {
        return actors.stream().filter(a -> type.equals(a.type()) && a.id() != null
                        && UUID_TEXT.matcher(a.id()).matches()).map(a -> UUID.fromString(a.id())).distinct()
                .toArray(UUID[]::new);
    }

    private static String key(String type, String id) {
        return type + ":" + (id == null ? null : id.toLowerCase(java.util.Locale.ROOT));
    }
}
