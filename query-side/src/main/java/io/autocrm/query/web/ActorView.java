package io.autocrm.query.web;

/**
 * Who made a change, as audit and history entries show it.
 *
 * @param type {@code user} (an agent or admin), {@code customer}, {@code api_key} or {@code system}
 * @param id   the agent's, customer's or API key's id; null in customer views for anyone but people
 * @param role the role recorded with the event ({@code customer}, {@code agent}, {@code admin}, {@code integration},
 *             {@code system}); null on events recorded before roles were
 * @param name the agent's or customer's current name; null for others, unknown ids and erased customers
 */
public record ActorView(String type, String id, String role, String name) {

    /** As a customer may see it: people keep their id, integrations and automations do not show one. */
    public ActorView forCustomer() {
        return "user".equals(type) || "customer".equals(type) ? this : new ActorView(type, null, role, name);
    }
}
