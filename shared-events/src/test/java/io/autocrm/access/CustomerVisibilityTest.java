package io.autocrm.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.OrganisationId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomerVisibilityTest {

    private final UUID ann = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();

    @Test
    void showsACustomerTheTicketsTheyRequested() {
        assertThat(CustomerVisibility.maySee(ann, null, ann, null)).isTrue();
        assertThat(CustomerVisibility.maySee(ann, null, bob, null)).isFalse();
    }

    @Test
    void showsTheTicketsOfTheirOrganisationOnlyWhenItSharesThem() {
        assertThat(CustomerVisibility.maySee(ann, acme, bob, acme)).isTrue();
        assertThat(CustomerVisibility.maySee(ann, null, bob, acme)).isFalse();
        assertThat(CustomerVisibility.maySee(ann, acme, bob, UUID.randomUUID())).isFalse();
        assertThat(CustomerVisibility.maySee(ann, acme, bob, null)).isFalse();
    }

    @Test
    void judgesTheCallerAndTheQuerySideViewerAlike() {
        var caller = Caller.customer(new CustomerId(ann),
                new OrganisationId(acme));
        assertThat(caller.customerMaySee(new CustomerId(bob),
                new OrganisationId(acme))).isTrue();
        assertThat(caller.customerMaySee(new CustomerId(bob), null)).isFalse();
    }
}
