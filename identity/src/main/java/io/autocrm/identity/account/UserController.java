package io.autocrm.identity.account;

import io.autocrm.access.Role;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Logins, for admins: list, read, create for an existing agent or customer, change role, disable and enable. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final UserAccounts accounts;
    private final UserAdministration administration;

    UserController(UserAccounts accounts, UserAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    /** Logins ordered by email; {@code cursor} is the {@code nextCursor} of the previous page. */
    @Operation(summary = "Logins, a page at a time, by role")
    @GetMapping
    UserPage list(@RequestParam(required = false) String role, @RequestParam(required = false) String cursor,
                  @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        List<UserView> items = accounts.page(role == null ? null : role(role), cursor, limit + 1).stream()
                .map(UserView::of).toList();
        boolean more = items.size() > limit;
        List<UserView> page = more ? items.subList(0, limit) : items;
        return new UserPage(page, more ? page.getLast().email() : null);
    }

    @Operation(summary = "One login")
    @GetMapping("/{id}")
    UserView get(@PathVariable UserId id) {
        return UserView.of(accounts.find(id.value()).orElseThrow(UserAdministration::notFound));
    }

    @Operation(summary = "Give an agent or customer a login")
    @PostMapping
    ResponseEntity<UserView> create(@RequestBody CreateUserRequest request) {
        if (request.id() == null || request.role() == null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "id and role are required.");
        }
        UserView created = UserView.of(administration.create(UserId.PARAMETER.parse(request.id()).value(),
                role(request.role()), request.password()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @Operation(summary = "Change a login's role, or disable or enable it")
    @PatchMapping("/{id}")
    UserView change(@PathVariable UserId id, @RequestBody ChangeUserRequest request) {
        return UserView.of(administration.change(id.value(), request.role() == null ? null : role(request.role()),
                request.enabled()));
    }

    private static Role role(String raw) {
        try {
            return Role.fromKey(raw);
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "role must be customer, agent or admin.");
        }
    }

    /** A new login for the agent or customer with {@code id}. */
    record CreateUserRequest(String id, String role, String password) {
    }

    /** Fields left out stay as they are. */
    record ChangeUserRequest(String role, Boolean enabled) {
    }

    record UserPage(List<UserView> items, String nextCursor) {
    }

    /** A login as the API shows it; never the password hash. */
    record UserView(String id, String email, String role, boolean enabled, boolean hasPassword, Instant createdAt,
                    Instant updatedAt, Instant passwordChangedAt) {
        static UserView of(UserAccount a) {
            return new UserView(a.id().toString(), a.email(), a.role().key(), a.enabled(), a.passwordHash() != null,
                    a.createdAt(), a.updatedAt(), a.passwordChangedAt());
        }
    }
}
