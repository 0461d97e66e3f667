package io.autocrm.command.ticket;

import io.autocrm.events.common.AttachmentId;
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
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a ticket: who asks, what about, how it is filed and who works on it. The ticket's number is drawn while
 * handling, once the command is accepted; the answer is the {@link CreatedTicket} with that number. {@code channel}
 * may be null (api); a null classification or assignment means every part at its default.
 */
public record CreateTicketCommand(@TargetAggregateIdentifier TicketId ticketId, Channel channel, Requester requester,
                                  Content content, Classification classification, Assignment assignment) {

    public CreateTicketCommand {
        classification = Objects.requireNonNullElse(classification, Classification.defaults());
        assignment = Objects.requireNonNullElse(assignment, Assignment.none());
    }

    /**
     * Who asks. Without {@code newRequester}, {@code id} names an existing, active customer; with it, the requester
     * is registered under {@code id} in the ticket's transaction.
     */
    public record Requester(CustomerId id, NewRequester newRequester) {

        public static Requester existing(CustomerId id) {
            return new Requester(id, null);
        }

        public static Requester registering(CustomerId id, String name, String email) {
            return new Requester(id, new NewRequester(name, email));
        }
    }

    /**
     * The subject, and the description: the ticket's first message, stored under {@code descriptionId};
     * {@code format} is {@code text} (when null) or {@code html} (sanitised when handled; see {@link MessageBody});
     * {@code attachmentIds}: pending uploads of the sender to put on the description.
     */
    public record Content(String subject, String description, MessageId descriptionId, String format,
                          List<AttachmentId> attachmentIds) {

        public Content {
            format = Objects.requireNonNullElse(format, MessageBody.TEXT);
            attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
        }

        /** A description without files. */
        public Content(String subject, String description, MessageId descriptionId, String format) {
            this(subject, description, descriptionId, format, List.of());
        }

        /** A plain-text description. */
        public Content(String subject, String description, MessageId descriptionId) {
            this(subject, description, descriptionId, MessageBody.TEXT);
        }
    }

    /**
     * How the ticket is filed; each part may be null: {@code statusKey} (default new, or open with an assignee),
     * {@code priority} (normal), {@code type} (question), {@code tags} (none), {@code rawCustomFields} (field keys to
     * raw values as clients send them; none).
     */
    public record Classification(String statusKey, Priority priority, TicketType type, List<String> tags,
                                 Map<String, List<String>> rawCustomFields) {

        /** Every part at its default. */
        public static Classification defaults() {
            return new Classification(null, null, null, null, null);
        }
    }

    /** Who works on the ticket; either may be null. */
    public record Assignment(AgentId assigneeId, TeamId teamId) {

        public static Assignment none() {
            return new Assignment(null, null);
        }
    }
}
