package io.autocrm.command.access;

import io.autocrm.access.Caller;
import io.autocrm.command.access.Memberships.Membership;
import io.autocrm.command.directory.AgentDirectory;
import io.autocrm.events.common.Actor;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.common.OrganisationId;
import java.util.UUID;
import org.axonframework.messaging.MetaData;

/**
 * Who sent a command, read from the command's metadata (which {@link CommandMetadata} filled from the request's
 * caller), and what they may do as its sender. Aggregates judge with their own data, under their lock and in the
 * transaction that records the change, so neither a race nor a retried request gets past the rules. A customer sees
 * only the tickets {@link Caller#customerMaySee} allows, their organisation read when the command is handled.
 * Commands without an actor come from AutoCRM itself.
 */
public record CommandCaller(Actor actor) {

    public static CommandCaller of(MetaData metaData) {
        Object type = metaData.get(MetadataKeys.ACTOR_TYPE);
        Object id = metaData.get(MetadataKeys.ACTOR_ID);
        return new CommandCaller(type == null || id == null ? Actor.SYSTEM
                : new Actor(ActorType.fromKey(type.toString()), id.toString()));
    }

    public boolean isCustomer() {
        return actor.type() == ActorType.CUSTOMER;
    }

    /** Whether this caller may see a ticket requested by {@code requester}: staff, integrations and AutoCRM always. */
    public boolean maySeeTicketOf(CustomerId requester, Memberships memberships) {
        if (!isCustomer() || customerId().equals(requester)) {
            return true;
        }
        OrganisationId shared = memberships.membershipOf(customerId()).filter(Membership::sharesTickets)
                .map(Membership::organisationId).orElse(null);
        OrganisationId requesterOrganisation = shared == null ? null
                : memberships.membershipOf(requester).map(Membership::organisationId).orElse(null);
        return Caller.customer(customerId(), shared).customerMaySee(requester, requesterOrganisation);
    }

    /**
     * Refuses a customer what only staff and integrations may do.
     *
     * @throws DomainException CUSTOMER_ACTION_FORBIDDEN
     */
    public void refuseCustomer(String what) {
        if (isCustomer()) {
            throw new CustomerActionForbidden("Customers cannot " + what + ".");
        }
    }

    /**
     * The author of a public reply or internal note: a signed-in agent writes as themselves (none named: them);
     * an integration or AutoCRM may name any active agent, or none.
     *
     * @throws DomainException FORBIDDEN when an agent names another author, AGENT_NOT_FOUND for an unknown one
     */
    public AgentId agentAuthor(AgentId named, AgentDirectory agents) {
        if (actor.type() == ActorType.USER) {
            AgentId self = new AgentId(UUID.fromString(actor.id()));
            if (named != null && !named.equals(self)) {
                throw new AuthorNotTheCaller("Agents write messages under their own name only.");
            }
            return self;
        }
        if (named != null) {
            agents.requireExisting(named);
        }
        return named;
    }

    /**
     * The author of a customer message: a customer writes as themselves (none named: them); staff, integrations and
     * AutoCRM may name any customer, and default to the ticket's requester.
     *
     * @throws DomainException CUSTOMER_ACTION_FORBIDDEN when a customer names another author
     */
    public CustomerId customerAuthor(CustomerId named, CustomerId requester) {
        if (isCustomer()) {
            if (named != null && !named.equals(customerId())) {
                throw new CustomerActionForbidden("Customers write messages under their own name only ('authorId').");
            }
            return customerId();
        }
        return named == null ? requester : named;
    }

    /** The customer who sent the command; null when it was not a customer. */
    public CustomerId customer() {
        return isCustomer() ? customerId() : null;
    }

    private CustomerId customerId() {
        return new CustomerId(UUID.fromString(actor.id()));
    }
}
