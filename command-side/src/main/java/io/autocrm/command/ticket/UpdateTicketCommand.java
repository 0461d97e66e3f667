package io.autocrm.command.ticket;

import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.TicketType;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Change a ticket's properties at once; null means "leave as it is". {@code assignee} and {@code team} set or clear
 * (a change with a null id clears). {@code tags} replaces the tags, then {@code addTags} and {@code removeTags}
 * apply. {@code rawCustomFields} maps field keys to raw values; an empty list clears a field. Answers the ticket's
 * resulting API version. Built with {@link #builder}.
 */
public record UpdateTicketCommand(@TargetAggregateIdentifier TicketId ticketId,
                                  @TargetAggregateVersion Long expectedAggregateVersion, String statusKey,
                                  Priority priority, TicketType type, AssigneeChange assignee, TeamChange team,
                                  List<String> tags, List<String> addTags, List<String> removeTags,
                                  Map<String, List<String>> rawCustomFields) {

    /** An update of the ticket, conditional on its expected aggregate version when that is not null. */
    public static Builder builder(TicketId ticketId, Long expectedAggregateVersion) {
        return new Builder(ticketId, expectedAggregateVersion);
    }

    /** Collects the changes of an update; what it is not told stays as it is. */
    public static final class Builder {

        private final TicketId ticketId;
        private final Long expectedAggregateVersion;
        private String statusKey;
        private Priority priority;
        private TicketType type;
        private AssigneeChange assignee;
        private TeamChange team;
        private List<String> tags;
        private List<String> addTags;
        private List<String> removeTags;
        private Map<String, List<String>> rawCustomFields;

        private Builder(TicketId ticketId, Long expectedAggregateVersion) {
            this.ticketId = ticketId;
            this.expectedAggregateVersion = expectedAggregateVersion;
        }

        public Builder status(String key) {
            this.statusKey = key;
            return this;
        }

        public Builder priority(Priority value) {
            this.priority = value;
            return this;
        }

        public Builder type(TicketType value) {
            this.type = value;
            return this;
        }

        public Builder assignee(AssigneeChange change) {
            this.assignee = change;
            return this;
        }

        public Builder team(TeamChange change) {
            this.team = change;
            return this;
        }

        /** Replaces the tags (before {@link #addTags} and {@link #removeTags} apply). */
        public Builder tags(List<String> replacement) {
            this.tags = replacement;
            return this;
        }

        public Builder addTags(List<String> added) {
            this.addTags = added;
            return this;
        }

        public Builder removeTags(List<String> removed) {
            this.removeTags = removed;
            return this;
        }

        /** Field keys to raw values; an empty list clears a field. */
        public Builder customFields(Map<String, List<String>> raw) {
            this.rawCustomFields = raw;
            return this;
        }

        public UpdateTicketCommand build() {
            return new UpdateTicketCommand(ticketId, expectedAggregateVersion, statusKey, priority, type, assignee,
                    team, tags, addTags, removeTags, rawCustomFields);
        }
    }
}
