package io.autocrm.app.demo;

import io.autocrm.command.directory.AgentRegistry;
import io.autocrm.command.directory.DirectoryAdministration;
import io.autocrm.command.directory.FieldOption;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.ticket.FieldType;
import io.autocrm.events.ticket.StatusCategory;
import java.util.List;
import java.util.UUID;

/**
 * The demo's reference data: organisations, agents, teams, a custom status and custom fields (plan, order number and
 * components are customer-visible: the portal's request form asks for them; seats, VIP and renewal date stay
 * internal). The directory is plain
 * configuration (not event-sourced); it is made through the command side's interfaces, under the directory's rules as
 * an administrator's changes are.
 */
final class DemoDirectory {

    final OrganisationId acme;
    final OrganisationId globex;
    final List<UUID> agents;
    final List<UUID> teams;

    private DemoDirectory(OrganisationId acme, OrganisationId globex, List<UUID> agents, List<UUID> teams) {
        this.acme = acme;
        this.globex = globex;
        this.agents = agents;
        this.teams = teams;
    }

    static DemoDirectory load(DirectoryAdministration directory, AgentRegistry agentRegistry) {
        OrganisationId acme = directory.createOrganisation("Acme Corp", true);
        OrganisationId globex = directory.createOrganisation("Globex", false);
        List<UUID> agents = DemoScript.AGENTS.stream()
                .map(agent -> agentRegistry.findOrRegister(agent.name(), agent.email()).id()).toList();
        List<UUID> teams = DemoScript.TEAMS.stream().map(directory::createTeam).map(TeamId::value).toList();
        directory.defineStatus("awaiting-vendor", "Awaiting vendor", StatusCategory.ON_HOLD);
        directory.moveStatus("awaiting-vendor", 35); // after the built-in on-hold, before solved
        defineCustomFields(directory);
        return new DemoDirectory(acme, globex, agents, teams);
    }

    private static void defineCustomFields(DirectoryAdministration directory) {
        directory.defineCustomField("plan", "Plan", FieldType.DROPDOWN, List.of(new FieldOption("free", "Free"),
                new FieldOption("pro", "Pro"), new FieldOption("enterprise", "Enterprise")), null, true);
        directory.defineCustomField("order_number", "Order number", FieldType.REGEX, List.of(), "ORD-[0-9]{6}", true);
        directory.defineCustomField("seats", "Seats", FieldType.NUMBER, List.of(), null, false);
        directory.defineCustomField("vip", "VIP", FieldType.CHECKBOX, List.of(), null, false);
        directory.defineCustomField("components", "Components", FieldType.MULTI_SELECT, List.of(
                new FieldOption("api", "API"), new FieldOption("web", "Web app"), new FieldOption("mobile", "Mobile")),
                null, true);
        directory.defineCustomField("renewal_date", "Renewal date", FieldType.DATE, List.of(), null, false);
    }

    UUID team(String name) {
        return name == null ? null : teams.get(DemoScript.TEAMS.indexOf(name));
    }

    OrganisationId organisationOf(int customerIndex) {
        return customerIndex < 3 ? acme : customerIndex < 5 ? globex : null;
    }
}
