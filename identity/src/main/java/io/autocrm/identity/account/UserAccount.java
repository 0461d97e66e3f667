package io.autocrm.identity.account;

import io.autocrm.access.Role;
import java.time.Instant;
import java.util.UUID;

/**
 * A login. {@code id} is the agent's id for agents and admins and the customer's id for customers.
 * {@code passwordHash} is null for people who sign in only through an external issuer.
 */
public record UserAccount(UUID id, String email, Role role, String passwordHash, boolean enabled, Instant createdAt,
                          Instant updatedAt, Instant passwordChangedAt) {
}
