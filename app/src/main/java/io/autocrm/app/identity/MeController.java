package io.autocrm.app.identity;

import io.autocrm.access.Caller;
import io.autocrm.access.CurrentCaller;
import io.autocrm.access.Scope;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller, as they are known to AutoCRM, and their own password. */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final CurrentCaller currentCaller;
    private final UserAccounts accounts;
    private final People people;
    private final PasswordEncoder encoder;
    private final SignedInSessions sessions;

    MeController(CurrentCaller currentCaller, UserAccounts accounts, People people, PasswordEncoder encoder,
                 SignedInSessions sessions) {
        this.currentCaller = currentCaller;
        this.accounts = accounts;
        this.people = people;
        this.encoder = encoder;
        this.sessions = sessions;
    }

    /** A person (id, role, name, email) or an integration (its API key or client, and scopes). */
    @Operation(summary = "Who the caller is: person or integration, role, scopes")
    @GetMapping
    Me me() {
        Caller caller = currentCaller.caller();
        List<String> scopes = caller.scopes().stream().map(Scope::key).sorted().toList();
        Optional<UserAccount> account = person(caller).flatMap(accounts::find);
        Optional<People.Person> person = person(caller)
                .flatMap(id -> caller.isCustomer() ? people.customer(id) : people.agent(id));
        return new Me(caller.actor().toString(), caller.actor().type().key(), caller.actor().id(), caller.roleKey(),
                person.map(People.Person::name).orElse(null), account.map(UserAccount::email).orElse(null), scopes,
                caller.sharedOrganisation() == null ? null : caller.sharedOrganisation().toString());
    }

    /** Changes the caller's password (people only) and ends their other sessions' refresh tokens. */
    @Operation(summary = "Change one's own password")
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void changePassword(@RequestBody PasswordChange change) {
        UserAccount account = person(currentCaller.caller()).flatMap(accounts::find)
                .orElseThrow(() -> new DomainException(ErrorCode.FORBIDDEN, "Only people have passwords."));
        if (account.passwordHash() == null || change.currentPassword() == null
                || !encoder.matches(change.currentPassword(), account.passwordHash())) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "The current password is not right.");
        }
        PasswordPolicy.check(change.newPassword(), account.email());
        accounts.changePassword(account.id(), encoder.encode(change.newPassword()));
        sessions.revokeAll(account.id());
    }

    private static Optional<UUID> person(Caller caller) {
        ActorType type = caller.actor().type();
        return type == ActorType.USER || type == ActorType.CUSTOMER
                ? Optional.of(UUID.fromString(caller.actor().id())) : Optional.empty();
    }

    /**
     * @param actor              as recorded in events, e.g. {@code user:<id>}
     * @param sharedOrganisation a customer's organisation whose tickets they see, else null
     */
    record Me(String actor, String type, String id, String role, String name, String email, List<String> scopes,
              String sharedOrganisation) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }
}
