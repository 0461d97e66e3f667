package io.autocrm.identity.account;

import io.autocrm.access.Role;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does to logins: gives an existing agent or customer one, changes roles between agent and admin,
 * disables and enables. There is always at least one enabled admin.
 */
@Service
class UserAdministration {

    private final UserAccounts accounts;
    private final People people;
    private final PasswordEncoder encoder;
    private final SignedInSessions sessions;

    UserAdministration(UserAccounts accounts, People people, PasswordEncoder encoder, SignedInSessions sessions) {
        this.accounts = accounts;
        this.people = people;
        this.encoder = encoder;
        this.sessions = sessions;
    }

    /** A login for the agent (role agent or admin) or customer (role customer) with this id. */
    @Transactional
    UserAccount create(UUID personId, Role role, String password) {
        People.Person person = (role == Role.CUSTOMER ? people.customer(personId) : people.agent(personId))
                .orElseThrow(() -> new DomainException(role == Role.CUSTOMER ? ErrorCode.UNKNOWN_CUSTOMER
                        : ErrorCode.AGENT_NOT_FOUND, "No " + (role == Role.CUSTOMER ? "customer" : "agent")
                        + " has this id."));
        PasswordPolicy.check(password, person.email());
        try {
            accounts.create(person.id(), person.email(), role, encoder.encode(password));
        } catch (DuplicateKeyException e) {
            throw new DomainException(ErrorCode.EMAIL_TAKEN, "This person or this email address has a login already.");
        }
        return accounts.find(person.id()).orElseThrow();
    }

    /** Changes the role (staff only: agent and admin) and/or whether the login may be used. */
    @Transactional
    UserAccount change(UUID id, Role role, Boolean enabled) {
        long admins = accounts.lockEnabledAdmins();
        UserAccount account = accounts.find(id).orElseThrow(UserAdministration::notFound);
        if (role != null && role != account.role() && (role == Role.CUSTOMER || account.role() == Role.CUSTOMER)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "A customer's login stays a customer's, and staff stay staff: role can change between agent and admin.");
        }
        boolean staysAdmin = (role == null ? account.role() : role) == Role.ADMIN
                && (enabled == null ? account.enabled() : enabled);
        if (account.role() == Role.ADMIN && account.enabled() && !staysAdmin && admins <= 1) {
            throw new DomainException(ErrorCode.LAST_ADMIN, "This is the last enabled admin; make another admin first.");
        }
        if (role != null && role != account.role()) {
            accounts.changeRole(id, role);
        }
        if (enabled != null && enabled != account.enabled()) {
            accounts.changeEnabled(id, enabled);
            if (!enabled) {
                sessions.revokeAll(id);
            }
        }
        return accounts.find(id).orElseThrow();
    }

    static DomainException notFound() {
        return new DomainException(ErrorCode.USER_NOT_FOUND, "No login has this id.");
    }
}
