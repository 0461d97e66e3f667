package io.autocrm.query.audit;

import io.autocrm.events.ticket.CustomFieldValue;
import io.autocrm.events.ticket.TicketCreatedEvent;
import java.util.ArrayList;
import java.util.List;

/** Describes a ticket's creation: its number, channel and every initial value. */
final class CreationDescriber {

    private CreationDescriber() {
    }

    static AuditEntry describe(TicketCreatedEvent e) {
        StringBuilder text = new StringBuilder("Ticket #").append(e.number()).append(" created via ")
                .append(e.channel().key()).append(" with status ").append(Labels.status(e.status()))
                .append(", priority ").append(Labels.capitalise(e.priority().key()))
                .append(", type ").append(Labels.capitalise(e.type().key()));
        if (e.followUpOf() != null) {
            text.append(", following up ticket ").append(e.followUpOf());
        }
        if (e.assigneeId() != null) {
            text.append(", assigned to agent ").append(e.assigneeId());
        }
        if (e.teamId() != null) {
            text.append(", team ").append(e.teamId());
        }
        return new AuditEntry(e.ticketId().value(), text.toString(), changes(e));
    }

    private static List<Change> changes(TicketCreatedEvent e) {
        List<Change> changes = new ArrayList<>(List.of(new Change("status", null, e.status().key()),
                new Change("statusCategory", null, e.status().category().key()),
                new Change("priority", null, e.priority().key()), new Change("type", null, e.type().key()),
                new Change("channel", null, e.channel().key()),
                new Change("requester", null, e.requesterId().toString())));
        if (e.assigneeId() != null) {
            changes.add(new Change("assignee", null, e.assigneeId().toString()));
        }
        if (e.teamId() != null) {
            changes.add(new Change("team", null, e.teamId().toString()));
        }
        if (e.tags() != null && !e.tags().isEmpty()) {
            changes.add(new Change("tags", null, e.tags()));
        }
        if (e.customFields() != null) {
            for (CustomFieldValue field : e.customFields()) {
                if (!field.values().isEmpty()) {
                    changes.add(new Change("customFields." + field.fieldKey(), null, field.values()));
                }
            }
        }
        return changes;
    }
}
