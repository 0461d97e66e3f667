package io.autocrm.identity.access;

import io.autocrm.access.Caller;
import io.autocrm.access.CallerRecheck;
import io.autocrm.access.Scope;
import io.autocrm.events.common.ActorType;
import io.autocrm.identity.apikey.ApiKeys;
import io.autocrm.identity.caller.CallerLookup;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@link CallerRecheck} from the current logins and API keys, read from the database on every check (so a change
 * counts on every node):
 * <ul>
 * <li>a person stands while {@link CallerLookup} still resolves them to the same role, customer and shared
 * organisation: disabling the login, changing the role, moving the customer to another organisation or switching
 * their organisation's ticket sharing ends what they had open;</li>
 * <li>an API key stands while it is neither revoked nor expired and has the same scopes;</li>
 * <li>a client-credentials token ({@code api_key:client:…}) and the system always stand: the token's own lifetime
 * bounds the former.</li>
 * </ul>
 */
@Component
class LiveCallerRecheck implements CallerRecheck {

    private static final String CLIENT = "client:";

    private final CallerLookup people;
    private final ApiKeys keys;

    LiveCallerRecheck(CallerLookup people, ApiKeys keys) {
        this.people = people;
        this.keys = keys;
    }

    @Override
    public boolean stillStands(Caller caller) {
        ActorType type = caller.actor().type();
        String id = caller.actor().id();
        if (type == ActorType.API_KEY) {
            return id.startsWith(CLIENT) || keyStands(UUID.fromString(id), caller.scopes());
        }
        if (type == ActorType.SYSTEM) {
            return true;
        }
        UUID userId = caller.isCustomer() ? caller.customerId().value() : UUID.fromString(id);
        return people.person(userId).filter(now -> now.role() == caller.role()
                && Objects.equals(now.customerId(), caller.customerId())
                && Objects.equals(now.sharedOrganisation(), caller.sharedOrganisation())).isPresent();
    }

    private boolean keyStands(UUID keyId, Set<Scope> scopes) {
        return keys.describe(keyId).filter(key -> key.active()
                && scopesOf(key.scopes()).equals(scopes)).isPresent();
    }

    private static Set<Scope> scopesOf(List<String> keys) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        keys.forEach(key -> Scope.fromKey(key).ifPresent(scopes::add));
        return scopes;
    }
}
