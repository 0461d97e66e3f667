package io.autocrm.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.autocrm.query.testing.ReadModelDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The read-model migrations hold no index that another makes redundant: each one costs every write. */
class ReadModelIndexesTest {

    private static final String BTREE_INDEXES = """
            SELECT i.indrelid::regclass::text AS table_name, i.indexrelid::regclass::text AS index_name,
                   i.indisunique AS is_unique, i.indkey::text AS columns
              FROM pg_index i
              JOIN pg_class c ON c.oid = i.indexrelid
              JOIN pg_am am ON am.oid = c.relam
              JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'read_model' AND am.amname = 'btree' AND i.indexprs IS NULL AND i.indpred IS NULL
            """;

    /** Regression: two dead-letter indexes repeated the leading columns of the unique sequence index. */
    @Test
    void noPlainIndexIsTheLeadingPartOfAnother() {
        try (HikariDataSource dataSource = ReadModelDatabase.fresh()) {
            List<Index> indexes = JdbcClient.create(dataSource).sql(BTREE_INDEXES).query((rs, row) -> new Index(
                    rs.getString("table_name"), rs.getString("index_name"), rs.getBoolean("is_unique"),
                    rs.getString("columns"))).list();

            assertThat(indexes).extracting(Index::name).contains("read_model.dead_letter_sequence_index");
            assertThat(indexes).filteredOn(index -> !index.unique() && indexes.stream()
                    .anyMatch(other -> other != index && index.leads(other))).extracting(Index::name).isEmpty();
        }
    }

    /** A btree index: its table, name, uniqueness and key columns (attribute numbers, space-separated). */
    private record Index(String table, String name, boolean unique, String columns) {

        boolean leads(Index other) {
            return table.equals(other.table) && (other.columns.equals(columns)
                    || other.columns.startsWith(columns + " "));
        }
    }
}
