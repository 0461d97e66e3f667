package io.autocrm.command.directory;

import io.autocrm.access.Caller;
import io.autocrm.access.Scope;
import io.autocrm.events.agent.AgentStatus;
import io.autocrm.events.agent.AgentStatusChangedEvent;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.MetadataKeys;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents' status: online, away or offline. A change is recorded on the agent's row (with since when) and published as
 * an {@link AgentStatusChangedEvent} in the same transaction, so it is in the event store's history and the assignment
 * engine, which follows the events, sees it in order with the tickets' changes.
 */
@Service
public class AgentStatuses {

    private final JdbcClient jdbc;
    private final EventBus eventBus;

    AgentStatuses(JdbcClient jdbc, EventBus eventBus) {
        this.jdbc = jdbc;
        this.eventBus = eventBus;
    }

    /**
     * Sets {@code agent}'s status, as {@code caller}: the agent themselves, or an admin (person or key). Setting the
     * status it has changes nothing and publishes nothing.
     *
     * @throws DomainException NOT_FOUND for an unknown agent, FORBIDDEN for anyone else
     */
    @Transactional
    public void set(AgentId agent, AgentStatus status, Caller caller) {
        boolean self = caller.actor().type() == ActorType.USER && caller.actor().id().equals(agent.toString());
        if (!self && !(caller.has(Scope.ADMIN) && !caller.isCustomer())) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Agents set their own status; admins anyone's.");
        }
        AgentStatus previous = jdbc.sql("SELECT status FROM directory.agent WHERE id = ? FOR UPDATE")
                .param(agent.value()).query(String.class).optional().map(AgentStatus::fromKey)
                .orElseThrow(() -> new EntryNotFound("No agent has this id."));
        if (previous == status) {
            return;
        }
        jdbc.sql("UPDATE directory.agent SET status = ?, status_since = now() WHERE id = ?")
                .params(status.key(), agent.value()).update();
        eventBus.publish(GenericEventMessage.asEventMessage(new AgentStatusChangedEvent(agent, status, previous))
                .andMetaData(Map.of(MetadataKeys.ACTOR_TYPE, caller.actor().type().key(),
                        MetadataKeys.ACTOR_ID, caller.actor().id(), MetadataKeys.ACTOR_ROLE, caller.roleKey(),
                        MetadataKeys.CHANNEL, self ? "web" : caller.actor().type() == ActorType.SYSTEM ? "system" : "api",
                        MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString())));
    }
}
