package io.autocrm.command.ticket;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.SideConversationId;
import java.util.List;

/** A side conversation as its ticket keeps it: whether it is open, and whom its last message went to. */
record SideThread(SideConversationId id, boolean open, List<CustomerId> recipients) {

    SideThread {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    SideThread closed() {
        return new SideThread(id, false, recipients);
    }

    SideThread reopened() {
        return new SideThread(id, true, recipients);
    }

    SideThread sentTo(List<CustomerId> to) {
        return new SideThread(id, open, to);
    }
}
