package io.autocrm.command.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.autocrm.events.common.Channel;
import io.autocrm.events.ticket.*;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** The ticket's state survives a snapshot with Axon's Jackson serializer, and holds no personal data. */
class TicketSnapshotTest {

    @Test
    void roundTripsThroughAxonsJacksonSerializer() {
        Ticket ticket = new Ticket();
        ticket.on(new TicketCreatedEvent(TicketTest.TICKET, 1042, Fakes.REQUESTER, Channel.EMAIL,
                new io.autocrm.events.ticket.Status("waiting-on-vendor", StatusCategory.ON_HOLD), Priority.HIGH,
                TicketType.INCIDENT, Fakes.AGENT, Fakes.TEAM, List.of("vip", "billing"),
                List.of(new CustomFieldValue("regions", FieldType.MULTI_SELECT, List.of("eu", "us"))),
                TicketTest.DESCRIPTION, null), Instant.parse("2026-12-01T09:00:00Z"));
        ticket.on(new TicketUntaggedEvent(TicketTest.TICKET, List.of("vip")), Instant.parse("2026-12-01T09:05:00Z"));
        ticket.on(new TicketCustomFieldChangedEvent(TicketTest.TICKET, "order_no", FieldType.NUMBER, List.of(),
                List.of("42")), Instant.parse("2026-12-01T09:06:00Z"));
        ticket.on(new TicketSkillsRequiredEvent(TicketTest.TICKET, List.of(new SkillRequirement("billing", 2)),
                List.of()), Instant.parse("2026-12-01T09:07:00Z"));

        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();
        SerializedObject<byte[]> snapshot = serializer.serialize(ticket, byte[].class);
        Ticket restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(ticket);
        assertThat(new String(snapshot.getData(), StandardCharsets.UTF_8))
                .contains("\"number\":1042", "waiting-on-vendor", "billing", "order_no", "\"channel\":\"EMAIL\"",
                        "\"level\":2")
                .doesNotContain("vip");
    }
}
