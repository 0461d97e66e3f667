package io.autocrm.query.testing;

import io.autocrm.access.Caller;
import io.autocrm.access.CurrentCaller;
import io.autocrm.access.Role;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.OrganisationId;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@link CurrentCaller} of query-side tests, switchable: an agent unless a test says otherwise. Register it with
 * {@code @RegisterExtension}, so it goes back to the agent after each test, and hand it to the components under test.
 */
public final class TestCaller implements CurrentCaller, AfterEachCallback {

    /** The agent every test reads as unless it switches. */
    public static final Caller AGENT = Caller.staff(UUID.fromString("00000000-0000-0000-0000-00000000a9e7"),
            Role.AGENT);

    private volatile Caller caller = AGENT;

    @Override
    public Caller caller() {
        return caller;
    }

    public void set(Caller newCaller) {
        caller = newCaller;
    }

    /** Reads from now on as this customer, without a ticket-sharing organisation. */
    public void customer(UUID customerId) {
        set(Caller.customer(new CustomerId(customerId), null));
    }

    /** Reads from now on as this customer of an organisation that shares tickets. */
    public void customerSharing(UUID customerId, UUID organisationId) {
        set(Caller.customer(new CustomerId(customerId), new OrganisationId(organisationId)));
    }

    public void reset() {
        caller = AGENT;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        reset();
    }
}
