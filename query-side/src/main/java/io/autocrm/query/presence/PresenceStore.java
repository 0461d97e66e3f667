package io.autocrm.query.presence;

import io.autocrm.query.support.Times;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Presence in {@code workspace.presence} (an unlogged table: nothing of it needs to survive a crash). Every change
 * announces the ticket on {@value #CHANNEL} in its own transaction, so every node's streams learn of it once it is
 * readable. Times are the database's, so nodes with skewed clocks agree on who has expired.
 */
@Repository
class PresenceStore {

    static final String CHANNEL = "autocrm_presence";
    private final JdbcClient jdbc;
    private final Duration expiry;

    PresenceStore(DataSource dataSource, PresenceProperties properties) {
        this.jdbc = JdbcClient.create(dataSource);
        this.expiry = properties.expiry();
    }

    /** Records a heartbeat; {@code since} moves only when the state changes. */
    @Transactional
    void beat(UUID ticketId, UUID agentId, String state) {
        jdbc.sql("""
                INSERT INTO workspace.presence (ticket_id, agent_id, state, since, last_seen)
                VALUES (:ticket, :agent, :state, now(), now())
                ON CONFLICT (ticket_id, agent_id) DO UPDATE SET last_seen = now(),
                    since = CASE WHEN presence.state = EXCLUDED.state
                                      AND presence.last_seen > now() - make_interval(secs => :expiry)
                                 THEN presence.since ELSE now() END,
                    state = EXCLUDED.state""")
                .param("ticket", ticketId).param("agent", agentId).param("state", state)
                .param("expiry", interval()).update();
        announce(ticketId);
    }

    /** The agent left the ticket. */
    @Transactional
    void leave(UUID ticketId, UUID agentId) {
        jdbc.sql("DELETE FROM workspace.presence WHERE ticket_id = :ticket AND agent_id = :agent")
                .param("ticket", ticketId).param("agent", agentId).update();
        announce(ticketId);
    }

    /** Who is on the ticket: heartbeats younger than the expiry, by since, then name. */
    TicketPresence on(UUID ticketId) {
        return new TicketPresence(ticketId.toString(), jdbc.sql("""
                SELECT p.agent_id, a.name, p.state, p.since FROM workspace.presence p
                  LEFT JOIN directory.agent a ON a.id = p.agent_id
                 WHERE p.ticket_id = :ticket AND p.last_seen > now() - make_interval(secs => :expiry)
                 ORDER BY p.since, a.name, p.agent_id""")
                .param("ticket", ticketId).param("expiry", interval())
                .query((rs, row) -> new TicketPresence.Viewer(rs.getString("agent_id"), rs.getString("name"),
                        rs.getString("state"), Times.fromDb(rs, "since"))).list());
    }

    /** Forgets expired heartbeats. */
    void forgetExpired() {
        jdbc.sql("DELETE FROM workspace.presence WHERE last_seen <= now() - make_interval(secs => :expiry)")
                .param("expiry", interval()).update();
    }

    private void announce(UUID ticketId) {
        jdbc.sql("SELECT pg_notify(:channel, :ticket)").param("channel", CHANNEL).param("ticket", ticketId.toString())
                .query(String.class).optional();
    }

    private double interval() {
        return expiry.toMillis() / 1000.0;
    }
}
