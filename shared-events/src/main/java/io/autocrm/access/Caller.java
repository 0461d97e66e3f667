package io.autocrm.access;

import io.autocrm.events.common.Actor;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.OrganisationId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who is making the current request, resolved once per request from a JWT or an API key.
 *
 * @param actor              recorded in every event the request causes: {@code user:<id>} for agents and admins (the
 *                           id is the agent's id), {@code customer:<id>}, {@code api_key:<id>} or {@code system}
 * @param role               the person's role; null for API keys and the system
 * @param scopes             what the caller may do (customers hold none: they reach only their own tickets)
 * @param customerId         the customer's id when {@code role} is {@link Role#CUSTOMER}, else null
 * @param sharedOrganisation the customer's organisation when that organisation lets its members see each other's
 *                           tickets, else null
 */
public record Caller(Actor actor, Role role, Set<Scope> scopes, CustomerId customerId,
                     OrganisationId sharedOrganisation) {

    /** AutoCRM itself (demo seeding, timers). */
    public static final Caller SYSTEM = new Caller(Actor.SYSTEM, null, EnumSet.allOf(Scope.class), null, null);

    public Caller {
        Objects.requireNonNull(actor, "actor");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        if ((role == Role.CUSTOMER) != (customerId != null)) {
            throw new IllegalArgumentException("a customer id belongs to exactly the customer role");
        }
        if (sharedOrganisation != null && customerId == null) {
            throw new IllegalArgumentException("only a customer has a shared organisation");
        }
    }

    /** An agent or admin; {@code agentId} is also their user id. */
    public static Caller staff(UUID agentId, Role role) {
        if (!role.isStaff()) {
            throw new IllegalArgumentException("not a staff role: " + role);
        }
        EnumSet<Scope> scopes = EnumSet.allOf(Scope.class);
        if (role != Role.ADMIN) {
            scopes.remove(Scope.ADMIN);
        }
        return new Caller(new Actor(ActorType.USER, agentId.toString()), role, scopes, null, null);
    }

    public static Caller customer(CustomerId customerId, OrganisationId sharedOrganisation) {
        return new Caller(new Actor(ActorType.CUSTOMER, customerId.toString()), Role.CUSTOMER, Set.of(), customerId,
                sharedOrganisation);
    }

    public static Caller apiKey(UUID keyId, Set<Scope> scopes) {
        return new Caller(new Actor(ActorType.API_KEY, keyId.toString()), null, scopes, null, null);
    }

    public boolean isCustomer() {
        return role == Role.CUSTOMER;
    }

    /** True if the caller holds the scope, or {@link Scope#ADMIN}, which implies every scope. */
    public boolean has(Scope scope) {
        return scopes.contains(scope) || scopes.contains(Scope.ADMIN);
    }

    /**
     * The role recorded in event metadata next to the actor: {@code customer}, {@code agent}, {@code admin},
     * {@code integration} for API keys, {@code system}.
     */
    public String roleKey() {
        if (role != null) {
            return role.key();
        }
        return actor.type() == ActorType.API_KEY ? "integration" : "system";
    }

    /**
     * Whether a customer caller may see a ticket requested by {@code requester}, who belongs to
     * {@code requesterOrganisation} (may be null). Callers that are not customers are judged by scopes instead.
     */
    public boolean customerMaySee(CustomerId requester, OrganisationId requesterOrganisation) {
        if (!isCustomer()) {
            throw new IllegalStateException("not a customer");
        }
        return CustomerVisibility.maySee(customerId.value(),
                sharedOrganisation == null ? null : sharedOrganisation.value(),
                requester == null ? null : requester.value(),
                requesterOrganisation == null ? null : requesterOrganisation.value());
    }
}
