package io.autocrm.app.demo;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's reference data: organisations, agents, teams, a custom status and custom fields (plan, order number and
 * components are customer-visible: the portal's request form asks for them; seats, VIP and renewal date stay internal). The directory is plain
 * configuration (not event-sourced), so it is loaded with SQL.
 */
final class DemoDirectory {

    final UUID acme = UUID.randomUUID();
    final UUID globex = UUID.randomUUID();
    final List<UUID> agents = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    final List<UUID> teams = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    void load(JdbcClient jdbc) {
        jdbc.sql("INSERT INTO directory.organisation (id, name, shared_tickets) VALUES (?, 'Acme Corp', true), (?, 'Globex', false)")
                .params(acme, globex).update();
        for (int i = 0; i < agents.size(); i++) {
            jdbc.sql("INSERT INTO directory.agent (id, name, email) VALUES (?, ?, ?)")
                    .params(agents.get(i), DemoScript.AGENTS.get(i).name(), DemoScript.AGENTS.get(i).email()).update();
        }
        for (int i = 0; i < teams.size(); i++) {
            jdbc.sql("INSERT INTO directory.team (id, name) VALUES (?, ?)").params(teams.get(i), DemoScript.TEAMS.get(i)).update();
        }
        jdbc.sql("INSERT INTO directory.ticket_status (key, label, category, position) VALUES ('awaiting-vendor', 'Awaiting vendor', 'on-hold', 35)")
                .update();
        jdbc.sql("""
                INSERT INTO directory.custom_field (key, label, type, options, pattern, position, customer_visible) VALUES
                ('plan', 'Plan', 'dropdown', '[{"key":"free","label":"Free"},{"key":"pro","label":"Pro"},{"key":"enterprise","label":"Enterprise"}]', NULL, 10, true),
                ('order_number', 'Order number', 'regex', '[]', 'ORD-[0-9]{6}', 20, true),
                ('seats', 'Seats', 'number', '[]', NULL, 30, false),
                ('vip', 'VIP', 'checkbox', '[]', NULL, 40, false),
                ('components', 'Components', 'multi-select', '[{"key":"api","label":"API"},{"key":"web","label":"Web app"},{"key":"mobile","label":"Mobile"}]', NULL, 50, true),
                ('renewal_date', 'Renewal date', 'date', '[]', NULL, 60, false)""").update();
    }

    UUID team(String name) {
        return name == null ? null : teams.get(DemoScript.TEAMS.indexOf(name));
    }

    UUID organisationOf(int customerIndex) {
        return customerIndex < 3 ? acme : customerIndex < 5 ? globex : null;
    }
}
