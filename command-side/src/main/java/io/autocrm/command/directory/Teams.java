package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.TeamId;
import io.autocrm.platform.database.ConfigurationHistory;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The teams in {@code directory.team}. */
@Repository
class Teams implements TeamDirectory {

    private final JdbcClient jdbc;
    private final ConfigurationHistory history;

    Teams(JdbcClient jdbc, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public boolean exists(TeamId teamId) {
        return jdbc.sql("SELECT count(*) FROM directory.team WHERE id = ?")
                .param(teamId.value()).query(Long.class).single() > 0;
    }

    List<TeamView> all() {
        return jdbc.sql("SELECT id, name FROM directory.team ORDER BY lower(name), id").query(TeamView.class).list();
    }

    /** @throws DomainException DUPLICATE_DEFINITION when another team has the name (ignoring case) */
    TeamView create(String name) {
        TeamView team = new TeamView(UUID.randomUUID(), name);
        try {
            history.write(() -> jdbc.sql("INSERT INTO directory.team (id, name) VALUES (?, ?)").params(team.id(), name)
                    .update());
        } catch (DuplicateKeyException e) {
            throw new AlreadyDefined("A team with this name already exists.");
        }
        return team;
    }

    /**
     * Renames a team; tickets keep pointing at it by id.
     *
     * @throws DomainException NOT_FOUND for an unknown id, DUPLICATE_DEFINITION when another team has the name
     */
    TeamView rename(UUID id, String name) {
        try {
            return history.write(() -> jdbc.sql("UPDATE directory.team SET name = ? WHERE id = ? RETURNING id, name")
                    .params(name, id).query(TeamView.class).optional())
                    .orElseThrow(() -> new EntryNotFound("No team has this id."));
        } catch (DuplicateKeyException e) {
            throw new AlreadyDefined("A team with this name already exists.");
        }
    }

    /** A team as the API shows it. */
    record TeamView(UUID id, String name) {
    }
}
