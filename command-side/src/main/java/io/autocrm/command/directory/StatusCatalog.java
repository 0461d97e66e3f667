package io.autocrm.command.directory;

import io.autocrm.events.ticket.Status;
import java.util.Optional;

/** The ticket statuses in use: the six built-in ones and the admin-defined ones mapped onto a category. */
@FunctionalInterface
public interface StatusCatalog {

    /** The definition of a status key, active or not. */
    Optional<StatusDefinition> find(String key);

    /**
     * The status a key names, for a ticket to move to.
     *
     * @throws UnknownStatus when no status has this key; InactiveStatus when it is deactivated
     */
    default Status resolve(String key) {
        StatusDefinition definition = (key == null ? Optional.<StatusDefinition>empty() : find(key)).orElseThrow(
                () -> new UnknownStatus(key != null && key.matches(Statuses.KEY_PATTERN)
                        ? "No status has key '" + key + "'." : "No status has this key."));
        if (!definition.active()) {
            throw new InactiveStatus("Status '" + key + "' is no longer in use.");
        }
        return definition.status();
    }
}
