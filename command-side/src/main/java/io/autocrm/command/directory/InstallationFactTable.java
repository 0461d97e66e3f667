package io.autocrm.command.directory;

import io.autocrm.platform.database.ConfigurationHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@link InstallationFacts} in {@code directory.installation_fact}. */
@Repository
class InstallationFactTable implements InstallationFacts {

    private final JdbcClient jdbc;
    private final ConfigurationHistory history;

    InstallationFactTable(JdbcClient jdbc, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public boolean holds(String fact) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM directory.installation_fact WHERE fact = ?)").param(fact)
                .query(Boolean.class).single();
    }

    @Override
    public void record(String fact) {
        history.write(() -> jdbc.sql("INSERT INTO directory.installation_fact (fact) VALUES (?) ON CONFLICT DO NOTHING")
                .param(fact).update());
    }
}
