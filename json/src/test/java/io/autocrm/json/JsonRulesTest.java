package io.autocrm.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.access.Scope;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class JsonRulesTest {

    private static final UUID ID = UUID.fromString("0b9c6b1e-6f8e-4f3f-9d39-0d3f7c1f0a01");

    record Settings(Boolean customerSignup) {
    }

    record Named(String name, Integer limit, List<String> tags, java.util.Map<String, List<String>> fields,
                 java.util.Map<String, Object> values) {
    }

    record Typed(TicketId ticket, Priority priority, Scope scope) {
    }

    private final JsonMapper web = Jackson3Rules.strict(JsonMapper.builder()).addModule(Jackson3Rules.module()).build();

    @Test
    void writesIdsAsRawValuesAndEnumsAsKeys() {
        Typed typed = new Typed(new TicketId(ID), Priority.URGENT, Scope.TICKETS_READ);

        assertThat(web.writeValueAsString(typed))
                .isEqualTo("{\"ticket\":\"" + ID + "\",\"priority\":\"urgent\",\"scope\":\"tickets:read\"}");
    }

    @Test
    void readsIdsAndEnumsInTheirRawShapeAndInTheShapeTheEventStoreWrites() throws Exception {
        Typed typed = new Typed(new TicketId(ID), Priority.URGENT, Scope.TICKETS_READ);

        assertThat(web.readValue("{\"ticket\":\"" + ID + "\",\"priority\":\"urgent\",\"scope\":\"tickets:read\"}",
                Typed.class)).isEqualTo(typed);
        assertThat(web.readValue("{\"ticket\":{\"value\":\"" + ID + "\"},\"priority\":\"URGENT\","
                + "\"scope\":\"TICKETS_READ\"}", Typed.class)).isEqualTo(typed);
        assertThat(web.readValue(EventStoreJson.mapper().writeValueAsString(typed), Typed.class)).isEqualTo(typed);
    }

    @Test
    void theEventStoreWritesTheSameShapeAndStillReadsWhatItStoredBefore() throws Exception {
        Typed typed = new Typed(new TicketId(ID), Priority.URGENT, Scope.TICKETS_READ);
        com.fasterxml.jackson.databind.ObjectMapper store = EventStoreJson.mapper();

        assertThat(store.writeValueAsString(typed)).isEqualTo(web.writeValueAsString(typed));
        assertThat(store.readValue("{\"ticket\":{\"value\":\"" + ID + "\"},\"priority\":\"URGENT\","
                + "\"scope\":\"TICKETS_READ\"}", Typed.class)).isEqualTo(typed);
        assertThatThrownBy(() -> store.readValue("{\"priority\":\"urgentest\"}", Typed.class))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("urgent");
    }

    @Test
    void refusesAMalformedIdOrAnUnknownKey() {
        assertThatThrownBy(() -> web.readValue("{\"ticket\":\"nope\"}", Typed.class))
                .isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> web.readValue("{\"priority\":\"urgentest\"}", Typed.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("urgent");
    }

    @Test
    void refusesNumbersAndStringsAsBooleans() {
        for (String body : List.of("{\"customerSignup\": -1}", "{\"customerSignup\": 1}",
                "{\"customerSignup\": \"true\"}", "{\"customerSignup\": \"\"}", "{\"customerSignup\": 0.5}")) {
            assertThatThrownBy(() -> web.readValue(body, Settings.class)).as(body)
                    .isInstanceOf(JacksonException.class);
        }
        assertThat(web.readValue("{\"customerSignup\": true}", Settings.class).customerSignup()).isTrue();
    }

    @Test
    void refusesNumbersAsStringsAndStringsOrFractionsAsWholeNumbers() {
        for (String body : List.of("{\"name\": 42}", "{\"name\": true}", "{\"tags\": [1]}", "{\"limit\": \"5\"}",
                "{\"limit\": 5.5}", "{\"limit\": \"\"}")) {
            assertThatThrownBy(() -> web.readValue(body, Named.class)).as(body).isInstanceOf(JacksonException.class);
        }
        assertThat(web.readValue("{\"name\": \"x\", \"limit\": 5, \"tags\": [\"a\"]}", Named.class))
                .isEqualTo(new Named("x", 5, List.of("a"), null, null));
    }

    @Test
    void refusesAPropertyNamedTwice() {
        assertThatThrownBy(() -> web.readValue("{\"customerSignup\": false, \"customerSignup\": true}",
                Settings.class)).isInstanceOf(JacksonException.class).hasMessageContaining("Duplicate");
    }

    @Test
    void refusesStringsHoldingANulCharacter() {
        assertThatThrownBy(() -> web.readValue("{\"name\": \"a\\u0000b\"}", Named.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("NUL");
        assertThatThrownBy(() -> web.readValue("{\"tags\": [\"a\\u0000\"]}", Named.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("NUL");
        assertThatThrownBy(() -> web.readValue("{\"fields\": {\"a\\u0000\": [\"x\"]}}", Named.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("NUL");
        assertThatThrownBy(() -> web.readValue("{\"values\": {\"a\": [{\"b\": \"\\u0000\"}]}}", Named.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("NUL");
    }

    @Test
    void readsValuesOfAnyTypeAsJacksonWould() {
        assertThat(web.readValue("{\"values\": {\"a\": [1, 2.5, true, null, \"x\", {\"b\": 9999999999}]}}",
                Named.class).values()).isEqualTo(java.util.Map.of("a", java.util.Arrays.asList(1, 2.5, true, null, "x",
                java.util.Map.of("b", 9999999999L))));
    }
}
