package io.autocrm.command.api;

import io.autocrm.access.Caller;
import io.autocrm.access.CurrentCaller;
import io.autocrm.access.Role;
import java.util.UUID;

/**
 * The caller of every request in these tests: an admin unless a test switches to another one with {@link #use};
 * tests that switch {@link #reset} it afterwards, since the Spring context (and this bean) is shared between tests.
 */
final class TestCaller implements CurrentCaller {

    static final Caller ADMIN = Caller.staff(UUID.fromString("0000000a-0000-0000-0000-000000000001"), Role.ADMIN);
    private volatile Caller current = ADMIN;

    @Override
    public Caller caller() {
        return current;
    }

    void use(Caller caller) {
        current = caller;
    }

    void reset() {
        current = ADMIN;
    }
}
