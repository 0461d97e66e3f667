package io.autocrm.query.access;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads {@link CustomerViewRules} from the directory in one statement, at read time (no cache to go stale). */
@Component
public class CustomerViewRulesReader {

    private static final String RULES = """
            SELECT 'status' AS kind, key, label FROM directory.ticket_status
            UNION ALL
            SELECT 'field' AS kind, key, label FROM directory.custom_field WHERE customer_visible
            """;

    private final JdbcClient jdbc;

    public CustomerViewRulesReader(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public CustomerViewRules current() {
        Map<String, String> labels = new HashMap<>();
        Set<String> fields = new HashSet<>();
        jdbc.sql(RULES).query(rs -> {
            if ("status".equals(rs.getString("kind"))) {
                labels.put(rs.getString("key"), rs.getString("label"));
            } else {
                fields.add(rs.getString("key"));
            }
        });
        return new CustomerViewRules(labels, fields);
    }
}
