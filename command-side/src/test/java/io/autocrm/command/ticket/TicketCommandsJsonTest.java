package io.autocrm.command.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.autocrm.command.ticket.CreateTicketCommand.Assignment;
import io.autocrm.command.ticket.CreateTicketCommand.Classification;
import io.autocrm.command.ticket.CreateTicketCommand.Content;
import io.autocrm.command.ticket.CreateTicketCommand.Requester;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.TicketType;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * Commands and their answers travel as JSON when Axon Server routes them to another node: each comes back equal to
 * what was sent, through Axon's serializer set up as the application sets it up for messages (fields, not getters).
 */
class TicketCommandsJsonTest {

    static final JacksonSerializer WIRE = JacksonSerializer.builder().objectMapper(JsonMapper.builder()
            .visibility(PropertyAccessor.GETTER, Visibility.NONE)
            .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .build()).build();

    @Test
    void createTicketCommandCrossesTheWireWithEveryPart() {
        CreateTicketCommand command = new CreateTicketCommand(TicketId.random(), Channel.EMAIL,
                Requester.registering(CustomerId.random(), "Ada", "ada@example.com"),
                new Content("Printer on fire", "It is smoking.", MessageId.random()),
                new Classification("open", Priority.HIGH, TicketType.INCIDENT, List.of("hardware"),
                        Map.of("plan", List.of("pro"))),
                new Assignment(AgentId.random(), TeamId.random()));
        assertThat(roundTrip(command)).isEqualTo(command);
    }

    @Test
    void createTicketCommandDefaultsItsClassificationAndAssignment() {
        CreateTicketCommand command = new CreateTicketCommand(TicketId.random(), null,
                Requester.existing(CustomerId.random()), new Content("s", "d", MessageId.random()), null, null);
        assertThat(command.classification()).isEqualTo(Classification.defaults());
        assertThat(command.assignment()).isEqualTo(Assignment.none());
        assertThat(roundTrip(command)).isEqualTo(command);
    }

    @Test
    void updateTicketCommandCrossesTheWireAsBuilt() {
        UpdateTicketCommand command = UpdateTicketCommand.builder(TicketId.random(), 3L).status("pending")
                .priority(Priority.LOW).assignee(AssigneeChange.unassign()).team(TeamChange.to(TeamId.random()))
                .tags(List.of("a")).addTags(List.of("b")).removeTags(List.of("c"))
                .customFields(Map.of("plan", List.of())).build();
        assertThat(roundTrip(command)).isEqualTo(command);
    }

    @Test
    void messageAdditionCrossesTheWireBack() {
        MessageAddition answer = new MessageAddition(TicketId.random(), MessageId.random(), 4, true);
        assertThat(roundTrip(answer)).isEqualTo(answer);
    }

    private static <T> T roundTrip(T message) {
        SerializedObject<byte[]> json = WIRE.serialize(message, byte[].class);
        return WIRE.deserialize(json);
    }
}
