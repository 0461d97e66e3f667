package io.autocrm.channels.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Outlook's Thread-Index: the conversation a reply keeps, whatever it appends. */
class ThreadIndexTest {

    @Test
    void aTicketsThreadIndexNamesTheTicketAndOutlooksRepliesKeepIt() {
        UUID ticket = UUID.randomUUID();
        String index = ThreadIndex.of(ticket, Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(Base64.getDecoder().decode(index)).hasSize(22);
        assertThat(ThreadIndex.conversationOf(index)).contains(ThreadIndex.conversationOf(ticket));
        byte[] reply = java.util.Arrays.copyOf(Base64.getDecoder().decode(index), 27);
        reply[23] = 42;
        assertThat(ThreadIndex.conversationOf(Base64.getEncoder().encodeToString(reply)))
                .contains(ThreadIndex.conversationOf(ticket));
    }

    @Test
    void anythingElseNamesNoConversation() {
        assertThat(ThreadIndex.conversationOf("not base64 !!")).isEmpty();
        assertThat(ThreadIndex.conversationOf("AQID")).isEmpty();
        assertThat(ThreadIndex.conversationOf((String) null)).isEmpty();
    }
}
