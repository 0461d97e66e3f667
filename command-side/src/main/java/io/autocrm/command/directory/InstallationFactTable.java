package io.autocrm.command.directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@link InstallationFacts} in {@code directory.installation_fact}. */
@Repository
class InstallationFactTable implements InstallationFacts {

    private final JdbcClient jdbc;

    InstallationFactTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean holds(String fact) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM directory.installation_fact WHERE fact = ?)").param(fact)
                .query(Boolean.class).single();
    }

    @Override
    public void record(String fact) {
        jdbc.sql("INSERT INTO directory.installation_fact (fact) VALUES (?) ON CONFLICT DO NOTHING").param(fact)
                .update();
    }
}
