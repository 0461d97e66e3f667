package io.autocrm.app.demo;

import io.autocrm.access.Role;
import io.autocrm.identity.account.UserAccounts;
import io.autocrm.events.common.CustomerId;
import java.util.List;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo's sign-ins, with fixed passwords printed in the README: the first agent is the admin, the other two are
 * agents, and three customers sign in: two of Acme (which shares tickets among its people) and one of Globex.
 * Demo only: anyone who has read the README knows these passwords.
 */
final class DemoLogins {

    static final String ADMIN_PASSWORD = "autocrm-demo-admin";
    static final String AGENT_PASSWORD = "autocrm-demo-agent";
    static final String CUSTOMER_PASSWORD = "autocrm-demo-customer";
    /** Indexes into {@link DemoScript#CUSTOMERS}: Wile E. Coyote and Road Runner (Acme), Hank Scorpio (Globex). */
    static final List<Integer> CUSTOMERS_WITH_LOGIN = List.of(0, 1, 3);

    private DemoLogins() {
    }

    /** The role of the demo agent at this index of {@link DemoScript#AGENTS}: the first is the admin. */
    static Role roleOf(int agentIndex) {
        return agentIndex == 0 ? Role.ADMIN : Role.AGENT;
    }

    static void create(UserAccounts accounts, PasswordEncoder encoder, List<UUID> agents, List<CustomerId> customers) {
        String admin = encoder.encode(ADMIN_PASSWORD);
        String agent = encoder.encode(AGENT_PASSWORD);
        String customer = encoder.encode(CUSTOMER_PASSWORD);
        for (int i = 0; i < agents.size(); i++) {
            accounts.create(agents.get(i), DemoScript.AGENTS.get(i).email(), roleOf(i),
                    roleOf(i) == Role.ADMIN ? admin : agent);
        }
        for (int i : CUSTOMERS_WITH_LOGIN) {
            accounts.create(customers.get(i).value(), DemoScript.CUSTOMERS.get(i).email(), Role.CUSTOMER, customer);
        }
    }
}
