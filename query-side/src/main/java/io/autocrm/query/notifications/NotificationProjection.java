package io.autocrm.query.notifications;

import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.CustomerMessageAddedEvent;
import io.autocrm.events.ticket.SideMessageReceivedEvent;
import io.autocrm.events.ticket.TicketAssignedEvent;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.events.ticket.TicketUnassignedEvent;
import io.autocrm.query.postgres.MetaDataText;
import io.autocrm.query.postgres.ProcessingGroups;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notifies a ticket's assignee of what they should know, in {@code read_model.agent_notification}: being assigned it
 * (by someone else), a customer's message on it, an answer in one of its side conversations. It follows each ticket's
 * number and assignee itself ({@code read_model.notification_ticket}), in the tickets' processing group, so that
 * a notification is written with the change that causes it and a rebuild writes the same rows.
 */
@Component
@ProcessingGroup(ProcessingGroups.TICKETS)
class NotificationProjection {

    private final JdbcClient jdbc;

    NotificationProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @EventHandler
    void on(TicketCreatedEvent e, EventMessage<?> message) {
        UUID assignee = e.assigneeId() == null ? null : e.assigneeId().value();
        jdbc.sql("""
                        INSERT INTO read_model.notification_ticket (ticket_id, number, assignee_id) VALUES (?, ?, ?)
                        ON CONFLICT (ticket_id) DO UPDATE SET number = EXCLUDED.number,
                                                              assignee_id = EXCLUDED.assignee_id""")
                .params(e.ticketId().value(), e.number(), assignee).update();
        if (assignee == null) {
            return;
        }
        if (e.followUpOf() != null) {
            // A customer wrote on a closed ticket: its follow-up keeps the assignee, who hears that the customer wrote.
            notify(message, assignee, "customer-message", e.ticketId(), ActorType.CUSTOMER.key(),
                    e.requesterId().toString());
        } else if (!byThisAgent(message.getMetaData(), e.assigneeId())) {
            notify(message, assignee, "assigned", e.ticketId());
        }
    }

    @EventHandler
    void on(TicketAssignedEvent e, EventMessage<?> message) {
        jdbc.sql("UPDATE read_model.notification_ticket SET assignee_id = ? WHERE ticket_id = ?")
                .params(e.assigneeId().value(), e.ticketId().value()).update();
        if (!byThisAgent(message.getMetaData(), e.assigneeId())) {
            notify(message, e.assigneeId().value(), "assigned", e.ticketId());
        }
    }

    @EventHandler
    void on(TicketUnassignedEvent e) {
        jdbc.sql("UPDATE read_model.notification_ticket SET assignee_id = NULL WHERE ticket_id = ?")
                .param(e.ticketId().value()).update();
    }

    /** Who wrote is the message's author (the customer), whoever sent it in (an integration, the mail channel). */
    @EventHandler
    void on(CustomerMessageAddedEvent e, EventMessage<?> message) {
        notifyAssignee(message, "customer-message", e.ticketId(), e.authorId().toString());
    }

    @EventHandler
    void on(SideMessageReceivedEvent e, EventMessage<?> message) {
        notifyAssignee(message, "side-answer", e.ticketId(), e.senderId().toString());
    }

    private void notifyAssignee(EventMessage<?> message, String kind, TicketId ticketId, String customer) {
        jdbc.sql("SELECT assignee_id FROM read_model.notification_ticket WHERE ticket_id = ? AND assignee_id IS NOT NULL")
                .param(ticketId.value()).query(UUID.class).optional()
                .ifPresent(assignee -> notify(message, assignee, kind, ticketId, ActorType.CUSTOMER.key(), customer));
    }

    private void notify(EventMessage<?> message, UUID agent, String kind, TicketId ticketId) {
        MetaData metaData = message.getMetaData();
        notify(message, agent, kind, ticketId, MetaDataText.of(metaData, MetadataKeys.ACTOR_TYPE),
                MetaDataText.of(metaData, MetadataKeys.ACTOR_ID));
    }

    private void notify(EventMessage<?> message, UUID agent, String kind, TicketId ticketId, String actorType,
                        String actorId) {
        jdbc.sql("""
                        INSERT INTO read_model.agent_notification (id, agent_id, kind, ticket_id, ticket_number,
                                                                   actor_type, actor_id, created_at)
                        SELECT ?, ?, ?, t.ticket_id, t.number, ?, ?, ?
                          FROM read_model.notification_ticket t WHERE t.ticket_id = ?
                        ON CONFLICT (id) DO NOTHING""")
                .params(UUID.nameUUIDFromBytes(("notification:" + message.getIdentifier() + ":" + agent)
                                .getBytes(StandardCharsets.UTF_8)), agent, kind, actorType, actorId,
                        Timestamp.from(timeOf(message)),
                        ticketId.value())
                .update();
    }

    private static Instant timeOf(EventMessage<?> message) {
        return message.getTimestamp();
    }

    /** Whether the agent made the change themselves (nobody is told what they did). */
    private static boolean byThisAgent(MetaData metaData, AgentId agent) {
        return ActorType.USER.key().equals(MetaDataText.of(metaData, MetadataKeys.ACTOR_TYPE))
                && Objects.equals(MetaDataText.of(metaData, MetadataKeys.ACTOR_ID), agent.toString());
    }
}
