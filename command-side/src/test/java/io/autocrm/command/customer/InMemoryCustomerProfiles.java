package io.autocrm.command.customer;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.OrganisationId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Customers' personal data in memory, for aggregate fixtures; refuses an email in use like the real store. */
final class InMemoryCustomerProfiles implements CustomerProfiles {

    record Profile(String name, String email, OrganisationId organisationId, Instant erasedAt) {
    }

    final Map<CustomerId, Profile> profiles = new LinkedHashMap<>();
    int erasures;

    @Override
    public void register(CustomerId customerId, String name, String email, OrganisationId organisationId) {
        boolean taken = profiles.values().stream().anyMatch(p -> p.erasedAt() == null && p.email() != null
                && p.email().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT)));
        if (taken) {
            throw new CustomerAlreadyExists("email in use");
        }
        profiles.put(customerId, new Profile(name, email, organisationId, null));
    }

    @Override
    public void erase(CustomerId customerId, Instant erasedAt) {
        erasures++;
        Profile profile = profiles.get(customerId);
        profiles.put(customerId, new Profile(null, null, profile == null ? null : profile.organisationId(), erasedAt));
    }
}
