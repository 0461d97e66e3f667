package io.autocrm.identity.selfservice;

import io.autocrm.access.Caller;
import io.autocrm.access.Role;
import io.autocrm.command.access.CommandMetadata;
import io.autocrm.command.customer.RegisterCustomerCommand;
import io.autocrm.events.common.Actor;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.EmailAddress;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.identity.account.IdentitySettings;
import io.autocrm.identity.account.Mail;
import io.autocrm.identity.account.PasswordPolicy;
import io.autocrm.identity.account.People;
import io.autocrm.identity.account.UserAccount;
import io.autocrm.identity.account.UserAccounts;
import io.autocrm.platform.database.ConfigurationHistory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers signing themselves up, when an admin allows it. Every sign-up answers the same and creates nothing: a
 * confirmation link goes to the address, and only following it (proof that the person reads that mailbox) creates
 * the login: for the address's existing customer, whose tickets it then shows, or for a new customer registered
 * through the real command, acted by that customer. So nobody reaches another person's tickets, learns whether an
 * address is known, or takes an address before its owner. Addresses that already have a login (or belong to staff)
 * get a notice instead of a link.
 */
@Service
class Signups {

    static final Duration VALIDITY = Duration.ofHours(24);
    private static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final IdentitySettings settings;
    private final UserAccounts accounts;
    private final People people;
    private final EmailOutbox outbox;
    private final PasswordEncoder encoder;
    private final CommandGateway commands;

    Signups(JdbcClient jdbc, IdentitySettings settings, UserAccounts accounts, People people, EmailOutbox outbox,
            PasswordEncoder encoder, CommandGateway commands) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.accounts = accounts;
        this.people = people;
        this.outbox = outbox;
        this.encoder = encoder;
        this.commands = commands;
    }

    @Transactional
    void request(String name, String email, String password, String baseUrl) {
        if (!settings.customerSignup()) {
            throw new DomainException(ErrorCode.SIGNUP_DISABLED, "Sign-up is disabled; ask the helpdesk for an account.");
        }
        String cleanName = required(name, MAX_NAME, "name");
        String cleanEmail = email(email);
        PasswordPolicy.check(password, cleanEmail);
        if (!outbox.mayQueueTo(cleanEmail)) {
            return;
        }
        String hash = encoder.encode(password);
        Optional<UUID> known = accounts.findByEmail(cleanEmail).map(UserAccount::id)
                .or(() -> people.agentByEmail(cleanEmail).map(People.Person::id));
        if (known.isPresent()) {
            outbox.queue(known.get(), cleanEmail, Mail.SIGNUP_KNOWN_ADDRESS, baseUrl + "/login");
            return;
        }
        UUID customer = people.customerByEmail(cleanEmail).map(People.Person::id).orElse(null);
        String secret = SecretTokens.newSecret();
        jdbc.sql("""
                INSERT INTO identity.signup_claim (token_hash, email, name, password_hash, customer_id, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(SecretTokens.hash(secret), cleanEmail, cleanName, hash, customer,
                        Timestamp.from(Instant.now().plus(VALIDITY))).update();
        outbox.queue(customer, cleanEmail, Mail.SIGNUP_CONFIRMATION, baseUrl + "/login/signup?token=" + secret);
    }

    /** Whether {@code token} names a sign-up waiting for confirmation; changes nothing. */
    boolean pending(String token) {
        return token != null && jdbc.sql(
                        "SELECT count(*) FROM identity.signup_claim WHERE token_hash = ? AND expires_at > now()")
                .param(SecretTokens.hash(token)).query(Long.class).single() > 0;
    }

    /** @throws DomainException INVALID_CONFIRMATION_TOKEN for an unknown, used or expired link */
    @Transactional
    void confirm(String token) {
        Claim claim = token == null ? null : jdbc.sql("""
                        DELETE FROM identity.signup_claim WHERE token_hash = ? AND expires_at > now()
                        RETURNING email, name, password_hash""")
                .param(SecretTokens.hash(token)).query(Claim.class).optional().orElse(null);
        if (claim == null) {
            throw new DomainException(ErrorCode.INVALID_CONFIRMATION_TOKEN, "The link is invalid or has expired.");
        }
        jdbc.sql("DELETE FROM identity.signup_claim WHERE lower(email) = lower(?)").param(claim.email()).update();
        if (accounts.findByEmail(claim.email()).isPresent() || people.agentByEmail(claim.email()).isPresent()) {
            return; // confirmed twice, or the address got a login meanwhile: nothing more to do
        }
        UUID customer = people.customerByEmail(claim.email()).map(People.Person::id)
                .orElseGet(() -> register(claim.name(), claim.email()));
        ConfigurationHistory.actingAs(new Actor(ActorType.CUSTOMER, customer.toString()),
                () -> accounts.create(customer, claim.email(), Role.CUSTOMER, claim.passwordHash()));
    }

    /** Registers the new customer through the real command, acted by that customer, in this transaction. */
    private UUID register(String name, String email) {
        CustomerId id = CustomerId.random();
        Caller self = Caller.customer(id, null);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterCustomerCommand(id, name, email, null))
                .andMetaData(CommandMetadata.of(self, "web", null)));
        return id.value();
    }

    private static String required(String value, int max, String field) {
        if (value == null || value.isBlank() || value.trim().length() > max) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, field + " is required, at most " + max + " characters.");
        }
        return value.trim();
    }

    private static String email(String value) {
        return EmailAddress.parse(value, "email").value();
    }

    record Claim(String email, String name, String passwordHash) {
    }
}
