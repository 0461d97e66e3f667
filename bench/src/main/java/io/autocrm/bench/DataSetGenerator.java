package io.autocrm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.customer.CustomerRegisteredEvent;
import io.autocrm.json.EventStoreJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes a data set straight into the event store, exactly as the app would have: {@code events.domain_event_entry}
 * rows serialized like the app's Axon serializer (Jackson 2, fields only, revision "1", the metadata keys every event
 * carries), subjects and bodies in {@code pii.ticket_content}, customers in {@code pii.customer}, the directory, and
 * the ticket-number sequence advanced. Bulk: COPY on three connections with the secondary indexes dropped and rebuilt
 * afterwards. The read models are then built by the app's own replay.
 */
final class DataSetGenerator implements TicketStory.Sink {

    /** The app's Axon serializer's mapper (the json module's, shared, so the two cannot drift apart). */
    static final ObjectMapper AXON_JSON = EventStoreJson.mapper();
    private static final DateTimeFormatter AXON_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String EVENT_COLUMNS = "event_identifier, aggregate_identifier, sequence_number, type, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data";
    private static final String[] TEAMS = {"Support", "Billing", "Technical", "Sales", "Onboarding", "Escalations"};
    private static final String[] RESHAPED = {"events.domain_event_entry", "pii.ticket_content"};

    private final Pg pg;
    private final SplittableRandom rnd;
    private CopyWriter events;
    private CopyWriter contents;
    private long eventCount;
    private long contentCount;

    private DataSetGenerator(Pg pg, long seed) {
        this.pg = pg;
        this.rnd = new SplittableRandom(seed);
    }

    /** The figures of one generation. */
    record Generated(int tickets, int customers, long events, long contents, long longestTicket, double seconds,
                     double loadSeconds, double indexSeconds) {
    }

    /** Generates into the (already migrated, empty) benchmark database. */
    static Generated generate(Pg pg, int tickets, long seed) throws Exception {
        return new DataSetGenerator(pg, seed).run(tickets);
    }

    private Generated run(int tickets) throws Exception {
        long t0 = System.nanoTime();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        Instant start = now.minus(Duration.ofDays(365));
        List<OrganisationId> orgs = new ArrayList<>();
        List<AgentId> agents = new ArrayList<>();
        List<TeamId> teams = new ArrayList<>();
        writeDirectory(orgs, agents, teams);
        List<String> reshape = dropSecondaryIndexes();
        int customerCount = Math.max(200, tickets / 4);
        List<CustomerId> customers = new ArrayList<>(customerCount);
        long longest = 0;
        try (CopyWriter e = new CopyWriter(pg, "events.domain_event_entry", EVENT_COLUMNS);
             CopyWriter c = new CopyWriter(pg, "pii.ticket_content",
                     "content_id, ticket_id, subject_id, kind, body, created_at")) {
            this.events = e;
            this.contents = c;
            writeCustomers(customerCount, orgs, customers, start.minus(Duration.ofDays(1)));
            TicketStory story = new TicketStory(rnd, this, new TicketStory.Directory(agents, teams, customers), now);
            long spanSeconds = Duration.between(start, now).toSeconds();
            for (int i = 0; i < tickets; i++) {
                Instant created = start.plusSeconds(spanSeconds * i / tickets);
                longest = Math.max(longest, story.write(1001L + i, created, 1.0 - (double) i / tickets));
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("  %,d tickets, %,d events written (%.0f s)%n", i + 1, eventCount,
                            (System.nanoTime() - t0) / 1e9);
                }
            }
        }
        double load = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        restoreIndexes(reshape);
        pg.execute("SELECT setval('events.ticket_number_seq', " + (1000L + Math.max(1, tickets)) + ")",
                "ANALYZE events.domain_event_entry", "ANALYZE pii.ticket_content", "ANALYZE pii.customer",
                "CREATE TABLE IF NOT EXISTS public.bench_dataset (tickets INT, events BIGINT, seed BIGINT, "
                        + "generated_at TIMESTAMPTZ DEFAULT now())",
                "TRUNCATE public.bench_dataset",
                "INSERT INTO public.bench_dataset (tickets, events) VALUES (" + tickets + ", " + eventCount + ")");
        double index = (System.nanoTime() - t1) / 1e9;
        return new Generated(tickets, customerCount, eventCount, contentCount, longest,
                (System.nanoTime() - t0) / 1e9, load, index);
    }

    private void writeDirectory(List<OrganisationId> orgs, List<AgentId> agents, List<TeamId> teams)
            throws Exception {
        try (Connection c = pg.connect()) {
            c.setAutoCommit(false);
            // The directory is configuration: its history (core migration V19) records who wrote it.
            try (Statement actor = c.createStatement()) {
                actor.execute("SELECT set_config('autocrm.actor', 'system:bench', true)");
            }
            try (PreparedStatement o = c.prepareStatement(
                    "INSERT INTO directory.organisation (id, name, shared_tickets) VALUES (?, ?, ?)")) {
                for (int i = 0; i < 20; i++) {
                    OrganisationId id = new OrganisationId(TicketStory.uuid(rnd));
                    orgs.add(id);
                    o.setObject(1, id.value());
                    o.setString(2, "Organisation " + (i + 1));
                    o.setBoolean(3, i % 3 == 0);
                    o.addBatch();
                }
                o.executeBatch();
            }
            try (PreparedStatement a = c.prepareStatement(
                    "INSERT INTO directory.agent (id, name, email) VALUES (?, ?, ?)")) {
                for (int i = 0; i < 40; i++) {
                    AgentId id = new AgentId(TicketStory.uuid(rnd));
                    agents.add(id);
                    a.setObject(1, id.value());
                    a.setString(2, "Agent " + (i + 1));
                    a.setString(3, "agent" + (i + 1) + "@bench.example");
                    a.addBatch();
                }
                a.executeBatch();
            }
            try (PreparedStatement t = c.prepareStatement("INSERT INTO directory.team (id, name) VALUES (?, ?)")) {
                for (String name : TEAMS) {
                    TeamId id = new TeamId(TicketStory.uuid(rnd));
                    teams.add(id);
                    t.setObject(1, id.value());
                    t.setString(2, name);
                    t.addBatch();
                }
                t.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("""
                        INSERT INTO directory.custom_field (key, label, type, options, position) VALUES
                          ('plan', 'Plan', 'dropdown', '[{"key":"free","label":"Free"},{"key":"pro","label":"Pro"},
                            {"key":"enterprise","label":"Enterprise"}]', 10),
                          ('seats', 'Seats', 'number', '[]', 20),
                          ('vip', 'VIP', 'checkbox', '[]', 30),
                          ('components', 'Components', 'multi-select', '[{"key":"api","label":"API"},
                            {"key":"web","label":"Web app"},{"key":"mobile","label":"Mobile"}]', 40)""");
            }
            c.commit();
        }
    }

    private void writeCustomers(int count, List<OrganisationId> orgs, List<CustomerId> customers, Instant at)
            throws Exception {
        try (CopyWriter c = new CopyWriter(pg, "pii.customer", "id, name, email, organisation_id, created_at")) {
            for (int i = 0; i < count; i++) {
                CustomerId id = new CustomerId(TicketStory.uuid(rnd));
                OrganisationId org = rnd.nextInt(10) < 3 ? orgs.get(rnd.nextInt(orgs.size())) : null;
                customers.add(id);
                c.text(id).text("Customer " + (i + 1)).text("customer" + (i + 1) + "@bench.example")
                        .text(org == null ? null : org.toString()).text(at.toString()).endRow();
                Map<String, Object> meta = new LinkedHashMap<>();
                meta.put("channel", "system");
                meta.put("causationId", TicketStory.uuid(rnd).toString());
                meta.put("actorType", "system");
                meta.put("correlationId", TicketStory.uuid(rnd).toString());
                meta.put("actorId", "system");
                meta.put("actorRole", "system");
                event("Customer", id.toString(), 0, at, new CustomerRegisteredEvent(id, org), meta);
            }
        }
    }

    @Override
    public void event(String aggregateType, String aggregateId, long sequence, Instant at, Object payload,
                      Map<String, Object> metaData) throws Exception {
        events.text(TicketStory.uuid(rnd)).text(aggregateId).text(Long.toString(sequence)).text(aggregateType)
                .text(AXON_TIME.format(at)).text(payload.getClass().getName()).text("1")
                .bytea(AXON_JSON.writeValueAsBytes(payload)).bytea(AXON_JSON.writeValueAsBytes(metaData)).endRow();
        eventCount++;
    }

    @Override
    public void content(UUID contentId, UUID ticketId, UUID subjectId, String kind, String body, Instant at)
            throws Exception {
        contents.text(contentId).text(ticketId).text(subjectId).text(kind).text(body).text(at.toString()).endRow();
        contentCount++;
    }

    /** Drops the unique constraints and indexes (not the primary keys) of the bulk-loaded tables; returns their DDL. */
    private List<String> dropSecondaryIndexes() throws Exception {
        List<String> restore = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (Connection c = pg.connect()) {
            for (String table : RESHAPED) {
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                         WHERE conrelid = ?::regclass AND contype = 'u'""")) {
                    ps.setString(1, table);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            drop.add("ALTER TABLE " + table + " DROP CONSTRAINT " + rs.getString(1));
                            restore.add("ALTER TABLE " + table + " ADD CONSTRAINT " + rs.getString(1) + " "
                                    + rs.getString(2));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
                         WHERE i.indrelid = ?::regclass AND NOT i.indisprimary
                           AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)""")) {
                    ps.setString(1, table);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            drop.add("DROP INDEX " + rs.getString(1));
                            restore.add(rs.getString(2));
                        }
                    }
                }
            }
        }
        pg.execute(drop.toArray(String[]::new));
        return restore;
    }

    private void restoreIndexes(List<String> ddl) throws Exception {
        try (Connection c = pg.connect(); Statement s = c.createStatement()) {
            s.execute("SET maintenance_work_mem = '512MB'");
            s.execute("SET max_parallel_maintenance_workers = 2");
            for (String sql : ddl) {
                s.execute(sql);
            }
        }
    }
}
