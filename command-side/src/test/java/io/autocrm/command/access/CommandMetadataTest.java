package io.autocrm.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.access.Caller;
import io.autocrm.access.Role;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.MetadataKeys;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

class CommandMetadataTest {

    static final Caller AGENT = Caller.staff(UUID.fromString("00000000-0000-0000-0000-000000000042"), Role.AGENT);

    @Test
    void carriesActorChannelAndCorrelationId() {
        MetaData metaData = CommandMetadata.of(AGENT, "Email", "corr-1");
        assertThat(metaData).containsEntry(MetadataKeys.ACTOR_TYPE, "user")
                .containsEntry(MetadataKeys.ACTOR_ID, "00000000-0000-0000-0000-000000000042")
                .containsEntry(MetadataKeys.ACTOR_ROLE, "agent")
                .containsEntry(MetadataKeys.CHANNEL, "email")
                .containsEntry(MetadataKeys.CORRELATION_ID, "corr-1");
    }

    @Test
    void defaultsToTheApiChannelAndANewCorrelationId() {
        MetaData metaData = CommandMetadata.of(AGENT, null, " ");
        assertThat(metaData).containsEntry(MetadataKeys.CHANNEL, "api");
        assertThat(UUID.fromString((String) metaData.get(MetadataKeys.CORRELATION_ID)).version())
                .as("a random UUID").isEqualTo(4);
        assertThat(CommandMetadata.of(AGENT, null, null).get(MetadataKeys.CORRELATION_ID))
                .isNotEqualTo(metaData.get(MetadataKeys.CORRELATION_ID));
    }

    @Test
    void refusesUnknownAndSystemChannels() {
        assertThatThrownBy(() -> CommandMetadata.of(AGENT, "pigeon", null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CommandMetadata.of(AGENT, "system", null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CommandMetadata.of(AGENT, "api", "x".repeat(129)))
                .isInstanceOf(DomainException.class);
    }
}
