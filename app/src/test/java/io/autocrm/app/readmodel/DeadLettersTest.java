package io.autocrm.app.readmodel;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Parked events show up in the admin API and go through the real projection when retried. */
@AppTest
class DeadLettersTest {

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;

    @Test
    void reportsParkedEventsAndRetriesThemThroughTheProjection() {
        Api api = new Api(port);
        String customer = api.post("/api/v1/customers", json("name", "Parked", "email", UUID.randomUUID() + "@example.com"))
                .json().get("id").asString();
        String id = api.post("/api/v1/tickets", json("subject", "Parked", "description", "Body", "requesterId", customer))
                .json().get("id").asString();
        assertThat(api.get("/api/v1/tickets/" + id + "?minVersion=1").status()).isEqualTo(200);

        // Park the ticket's creation as if its projection had failed, after deleting the row it wrote.
        long parkedBefore = letters(api.get("/api/v1/admin/read-models/dead-letters").json(), "tickets");
        EventMessage<?> created = eventStore.readEvents(id).next();
        jdbc.sql("DELETE FROM read_model.ticket WHERE ticket_id = ?::uuid").param(id).update();
        processing.deadLetterQueue("tickets").orElseThrow()
                .enqueue(id, new GenericDeadLetter<>(id, created, new IllegalStateException("simulated projection failure")));
        assertThat(letters(api.get("/api/v1/admin/read-models/dead-letters").json(), "tickets"))
                .isEqualTo(parkedBefore + 1);
        assertThat(api.get("/actuator/prometheus").body())
                .contains("autocrm_read_model_dead_letters{processor=\"tickets\"} " + (parkedBefore + 1) + ".0")
                .contains("autocrm_read_model_lag_events{processor=\"tickets\"}");
        assertThat(api.get("/api/v1/tickets/" + id).json().get("code").asString())
                .as("the ticket exists in the store but not in the read model").isEqualTo("read-model-behind");

        JsonNode after = api.post("/api/v1/admin/read-models/dead-letters/retry", json()).json();
        assertThat(letters(after, "tickets")).isEqualTo(parkedBefore);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(api.get("/api/v1/tickets/" + id).status()).isEqualTo(200));
    }

    private static long letters(JsonNode summary, String group) {
        for (JsonNode s : summary) {
            if (s.get("processingGroup").asString().equals(group)) {
                return s.get("letters").asLong();
            }
        }
        throw new AssertionError("no dead-letter queue for " + group + " in " + summary);
    }
}
