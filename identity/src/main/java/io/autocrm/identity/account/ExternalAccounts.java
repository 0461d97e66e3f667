package io.autocrm.identity.account;

import io.autocrm.access.Caller;
import io.autocrm.access.Role;
import io.autocrm.command.access.CommandMetadata;
import io.autocrm.command.customer.RegisterCustomerCommand;
import io.autocrm.events.common.Actor;
import io.autocrm.events.common.CustomerId;
import io.autocrm.platform.database.ConfigurationHistory;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logins of people an external issuer vouches for, matched by their verified email and created on first sight: staff
 * become (or are found as) agents, customers are found or registered through the real command. The issuer decides
 * staff roles (agent or admin); a login never moves between customer and staff, and a disabled login stays refused.
 */
@Service
public class ExternalAccounts {

    private final UserAccounts accounts;
    private final People people;
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    /** Logins an external issuer's first sign-in creates, and role changes it brings, are AutoCRM's doing. */
    private static final Actor SIGN_IN = ConfigurationHistory.system("external-sign-in");

    ExternalAccounts(UserAccounts accounts, People people, CommandGateway commands, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.people = people;
        this.commands = commands;
        this.transactions = transactions;
    }

    /** The user id of the login for {@code email} with {@code role}; empty when it may not sign in. */
    public Optional<UUID> userFor(String email, String name, Role role) {
        return ConfigurationHistory.actingAs(SIGN_IN, () -> {
            try {
                return transactions.execute(status -> findOrCreate(email, name, role));
            } catch (DuplicateKeyException concurrentFirstSignIn) {
                return transactions.execute(status -> findOrCreate(email, name, role));
            }
        });
    }

    private Optional<UUID> findOrCreate(String email, String name, Role role) {
        Optional<UserAccount> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            UserAccount account = existing.get();
            if (!account.enabled() || account.role().isStaff() != role.isStaff()) {
                return Optional.empty();
            }
            if (account.role() != role) {
                accounts.changeRole(account.id(), role);
            }
            return Optional.of(account.id());
        }
        String displayName = name == null || name.isBlank() ? email : name.trim();
        UUID id = role.isStaff()
                ? people.agentFor(displayName, email).id()
                : people.customerByEmail(email).map(People.Person::id).orElseGet(() -> register(displayName, email));
        accounts.create(id, email, role, null);
        return Optional.of(id);
    }

    private UUID register(String name, String email) {
        CustomerId id = CustomerId.random();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterCustomerCommand(id, name, email, null))
                .andMetaData(CommandMetadata.of(Caller.customer(id, null), "web", null)));
        return id.value();
    }
}
