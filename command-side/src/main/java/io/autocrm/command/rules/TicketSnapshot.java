package io.autocrm.command.rules;

import io.autocrm.command.ticket.TicketFacts;
import io.autocrm.events.common.OrganisationId;
import java.util.List;

/**
 * What conditions are evaluated against: a ticket's facts, its requester's organisation (null: none), its subject
 * and its description (plain text; empty when unknown, e.g. erased), and the change being reacted to (null: none, as
 * for routing, policies and automations, which look at the ticket as it is).
 */
public record TicketSnapshot(TicketFacts.Facts facts, OrganisationId organisationId, String subject,
                             String description, Change change) {

    public TicketSnapshot {
        subject = subject == null ? "" : subject;
        description = description == null ? "" : description;
    }

    /** The ticket as it is, with no change to react to. */
    public TicketSnapshot(TicketFacts.Facts facts, OrganisationId organisationId, String subject, String description) {
        this(facts, organisationId, subject, description, null);
    }

    /** The same ticket reacting to {@code change}. */
    public TicketSnapshot reactingTo(Change change) {
        return new TicketSnapshot(facts, organisationId, subject, description, change);
    }

    /**
     * A change of a ticket, as triggers see it: its {@code kind} (one of {@link #KINDS}) and, for a status change, the
     * status keys it left and set.
     */
    public record Change(String kind, String statusFrom, String statusTo) {

        public static final String CREATED = "created";
        public static final String UPDATED = "updated";
        /** The kinds of change, {@value #CREATED} first; every other kind is also {@value #UPDATED}. */
        public static final List<String> KINDS = List.of(CREATED, "status", "priority", "type", "assignee", "team",
                "tags", "custom-field", "customer-message", "public-reply", "internal-note", "skills", "merge");

        public static Change of(String kind) {
            return new Change(kind, null, null);
        }

        /** The kinds this change counts as: its own, and {@value #UPDATED} unless it is the creation. */
        public List<String> countsAs() {
            return CREATED.equals(kind) ? List.of(CREATED) : List.of(kind, UPDATED);
        }
    }
}
